/** The job family of each labelled outside resume from o6173 on, spread at the end of resume-families-o5741.ts's RESUME_FAMILY_FROM_O5741. */
export const RESUME_FAMILY_FROM_O6173: Record<string, string> = {
  // One line a resume, in the order of the files.
  'o6173-zh.docx': 'energy',
  'o6174-en.pdf': 'construction',
  'o6175-zh.txt': 'manufacturing',
  'o6176-en.md': 'engineering',
  'o6177-zh.md': 'engineering',
  'o6178-zh.txt': 'construction',
  'o6179-mixed.docx': 'energy',
  'o6180-en.txt': 'construction',
  'o6181-zh.docx': 'energy',
  'o6182-en.pdf': 'engineering',
  'o6183-zh.md': 'customer-service',
  'o6184-zh.txt': 'manufacturing',
};
