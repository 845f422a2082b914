/** The job family of each labelled outside resume from o5309 on, spread at the end of resume-families-o4877.ts's RESUME_FAMILY_FROM_O4877. */
export const RESUME_FAMILY_FROM_O5309: Record<string, string> = {
  // One line a resume, in the order of the files.
  'o5309-zh.docx': 'data',
  'o5310-en.pdf': 'data',
  'o5311-zh.txt': 'transport',
  'o5312-mixed.md': 'energy',
  'o5313-en.txt': 'data',
  'o5314-zh.docx': 'data',
  'o5315-en.md': 'transport',
  'o5316-zh.md': 'product',
  'o5317-en.docx': 'data',
  'o5318-zh.txt': 'data',
  'o5319-en.pdf': 'energy',
  'o5320-zh.md': 'data',
};
