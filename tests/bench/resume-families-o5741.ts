/** The job family of each labelled outside resume from o5741 on, spread at the end of resume-families-o5309.ts's RESUME_FAMILY_FROM_O5309. */
export const RESUME_FAMILY_FROM_O5741: Record<string, string> = {
  // One line a resume, in the order of the files.
  'o5813-zh.docx': 'healthcare',
  'o5814-en.pdf': 'healthcare',
  'o5815-zh.txt': 'healthcare',
  'o5816-en.md': 'healthcare',
  'o5817-zh.docx': 'beauty',
  'o5818-en.txt': 'healthcare',
  'o5819-zh.md': 'education',
  'o5820-en.docx': 'healthcare',
  'o5821-zh.txt': 'healthcare',
  'o5822-en.pdf': 'healthcare',
  'o5823-mixed.md': 'healthcare',
  'o5824-zh.docx': 'healthcare',
};
