/** The job family of each labelled outside resume from o5741 on, spread at the end of resume-families-o5309.ts's RESUME_FAMILY_FROM_O5309. */
export const RESUME_FAMILY_FROM_O5741: Record<string, string> = {
  // One line a resume, in the order of the files.
  'o5789-zh.docx': 'engineering',
  'o5790-en.pdf': 'manufacturing',
  'o5791-zh.txt': 'manufacturing',
  'o5792-en.md': 'manufacturing',
  'o5793-zh.md': 'engineering',
  'o5794-mixed.docx': 'manufacturing',
  'o5795-zh.txt': 'manufacturing',
  'o5796-en.txt': 'manufacturing',
  'o5797-zh.docx': 'engineering',
  'o5798-en.pdf': 'engineering',
  'o5799-zh.txt': 'engineering',
  'o5800-en.md': 'engineering',
};
