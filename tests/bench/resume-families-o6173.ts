/** The job family of each labelled outside resume from o6173 on, spread at the end of resume-families-o5741.ts's RESUME_FAMILY_FROM_O5741. */
export const RESUME_FAMILY_FROM_O6173: Record<string, string> = {
  // One line a resume, in the order of the files.
  'o6221-zh.docx': 'manufacturing',
  'o6222-en.pdf': 'engineering',
  'o6223-zh.txt': 'engineering',
  'o6224-en.txt': 'engineering',
  'o6225-zh.md': 'engineering',
  'o6226-mixed.txt': 'manufacturing',
  'o6227-en.docx': 'manufacturing',
  'o6228-zh.txt': 'manufacturing',
  'o6229-en.md': 'manufacturing',
  'o6230-zh.docx': 'manufacturing',
  'o6231-zh.md': 'engineering',
  'o6232-en.pdf': 'engineering',
};
