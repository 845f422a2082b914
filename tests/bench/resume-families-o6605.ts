/** The job family of each labelled outside resume from o6605 on, spread at the end of resume-families-o6173.ts's RESUME_FAMILY_FROM_O6173. */
export const RESUME_FAMILY_FROM_O6605: Record<string, string> = {
  // One line a resume, in the order of the files.
  'o6701-zh.docx': 'healthcare',
  'o6702-en.pdf': 'healthcare',
  'o6703-zh.txt': 'hospitality',
  'o6704-en.md': 'healthcare',
  'o6705-zh.md': 'healthcare',
  'o6706-mixed.docx': 'marketing',
  'o6707-zh.txt': 'fitness',
  'o6708-en.txt': 'healthcare',
  'o6709-zh.docx': 'healthcare',
  'o6710-en.pdf': 'healthcare',
  'o6711-zh.md': 'hospitality',
  'o6712-en.txt': 'healthcare',
};
