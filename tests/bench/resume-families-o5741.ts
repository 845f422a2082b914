/** The job family of each labelled outside resume from o5741 on, spread at the end of resume-families-o5309.ts's RESUME_FAMILY_FROM_O5309. */
export const RESUME_FAMILY_FROM_O5741: Record<string, string> = {
  // One line a resume, in the order of the files.
  'o5837-zh.docx': 'education',
  'o5838-en.pdf': 'education',
  'o5839-zh.txt': 'hr',
  'o5840-en.md': 'education',
  'o5841-zh.md': 'education',
  'o5842-zh.docx': 'design',
  'o5843-en.txt': 'hr',
  'o5844-mixed.txt': 'education',
  'o5845-zh.txt': 'education',
  'o5846-en.docx': 'design',
  'o5847-zh.md': 'hr',
  'o5848-en.pdf': 'education',
};
