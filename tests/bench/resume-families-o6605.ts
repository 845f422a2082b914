/** The job family of each labelled outside resume from o6605 on, spread at the end of resume-families-o6173.ts's RESUME_FAMILY_FROM_O6173. */
export const RESUME_FAMILY_FROM_O6605: Record<string, string> = {
  // One line a resume, in the order of the files.
  'o6725-zh.docx': 'transport',
  'o6726-en.pdf': 'transport',
  'o6727-zh.txt': 'transport',
  'o6728-en.docx': 'transport',
  'o6729-zh.md': 'transport',
  'o6730-mixed.md': 'finance',
  'o6731-zh.docx': 'finance',
  'o6732-en.txt': 'transport',
  'o6733-zh.txt': 'finance',
  'o6734-en.pdf': 'sales',
  'o6735-zh.md': 'finance',
  'o6736-en.md': 'finance',
};
