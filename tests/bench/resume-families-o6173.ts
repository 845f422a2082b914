/** The job family of each labelled outside resume from o6173 on, spread at the end of resume-families-o5741.ts's RESUME_FAMILY_FROM_O5741. */
export const RESUME_FAMILY_FROM_O6173: Record<string, string> = {
  // One line a resume, in the order of the files.
  'o6269-zh.docx': 'engineering',
  'o6270-en.pdf': 'construction',
  'o6271-zh.txt': 'construction',
  'o6272-en.pdf': 'construction',
  'o6273-zh.md': 'engineering',
  'o6274-en.docx': 'engineering',
  'o6275-zh.docx': 'construction',
  'o6276-en.txt': 'construction',
  'o6277-zh.txt': 'engineering',
  'o6278-en.md': 'construction',
  'o6279-mixed.txt': 'engineering',
  'o6280-zh.md': 'construction',
};
