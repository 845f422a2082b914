/** The job family of each labelled outside resume from o6605 on, spread at the end of resume-families-o6173.ts's RESUME_FAMILY_FROM_O6173. */
export const RESUME_FAMILY_FROM_O6605: Record<string, string> = {
  // One line a resume, in the order of the files.
  'o6605-zh.docx': 'beauty',
  'o6606-en.pdf': 'beauty',
  'o6607-zh.txt': 'beauty',
  'o6608-mixed.md': 'beauty',
  'o6609-zh.docx': 'retail',
  'o6610-en.txt': 'beauty',
  'o6611-zh.md': 'education',
  'o6612-en.docx': 'beauty',
  'o6613-zh.txt': 'beauty',
  'o6614-en.md': 'beauty',
  'o6615-zh.docx': 'beauty',
  'o6616-en.pdf': 'retail',
};
