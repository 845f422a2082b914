/** The job family of each labelled outside resume from o5741 on, spread at the end of resume-families-o5309.ts's RESUME_FAMILY_FROM_O5309. */
export const RESUME_FAMILY_FROM_O5741: Record<string, string> = {
  // One line a resume, in the order of the files.
  'o5741-zh.docx': 'agriculture',
  'o5742-en.pdf': 'agriculture',
  'o5743-zh.txt': 'agriculture',
  'o5744-en.txt': 'agriculture',
  'o5745-zh.md': 'security',
  'o5746-mixed.docx': 'agriculture',
  'o5747-zh.txt': 'agriculture',
  'o5748-en.md': 'manufacturing',
  'o5749-en.pdf': 'agriculture',
  'o5750-zh.md': 'manufacturing',
  'o5751-en.docx': 'manufacturing',
  'o5752-zh.docx': 'agriculture',
};
