/** The job family of each labelled outside resume from o5309 on, spread at the end of resume-families-o4877.ts's RESUME_FAMILY_FROM_O4877. */
export const RESUME_FAMILY_FROM_O5309: Record<string, string> = {
  // One line a resume, in the order of the files.
  'o5381-zh.docx': 'design',
  'o5382-en.pdf': 'design',
  'o5383-zh.txt': 'manufacturing',
  'o5384-en.md': 'design',
  'o5385-zh.docx': 'manufacturing',
  'o5386-mixed.md': 'pharma',
  'o5387-zh.txt': 'manufacturing',
  'o5388-en.txt': 'manufacturing',
  'o5389-zh.md': 'design',
  'o5390-en.docx': 'manufacturing',
  'o5391-zh.txt': 'pharma',
  'o5392-en.pdf': 'manufacturing',
};
