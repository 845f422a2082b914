/** The job family of each labelled outside resume from o5741 on, spread at the end of resume-families-o5309.ts's RESUME_FAMILY_FROM_O5309. */
export const RESUME_FAMILY_FROM_O5741: Record<string, string> = {
  // One line a resume, in the order of the files.
  'o5765-zh.docx': 'manufacturing',
  'o5766-en.pdf': 'engineering',
  'o5767-zh.txt': 'manufacturing',
  'o5768-en.md': 'manufacturing',
  'o5769-zh.docx': 'engineering',
  'o5770-en.txt': 'manufacturing',
  'o5771-zh.md': 'manufacturing',
  'o5772-mixed.txt': 'manufacturing',
  'o5773-en.docx': 'manufacturing',
  'o5774-zh.txt': 'manufacturing',
  'o5775-en.pdf': 'manufacturing',
  'o5776-zh.md': 'manufacturing',
};
