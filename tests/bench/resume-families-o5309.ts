/** The job family of each labelled outside resume from o5309 on, spread at the end of resume-families-o4877.ts's RESUME_FAMILY_FROM_O4877. */
export const RESUME_FAMILY_FROM_O5309: Record<string, string> = {
  // One line a resume, in the order of the files.
  'o5405-zh.docx': 'healthcare',
  'o5406-en.pdf': 'healthcare',
  'o5407-zh.txt': 'healthcare',
  'o5408-en.md': 'healthcare',
  'o5409-zh.md': 'healthcare',
  'o5410-mixed.docx': 'healthcare',
  'o5411-en.txt': 'healthcare',
  'o5412-zh.docx': 'healthcare',
  'o5413-en.pdf': 'healthcare',
  'o5414-zh.txt': 'operations',
  'o5415-en.md': 'healthcare',
  'o5416-zh.txt': 'healthcare',
};
