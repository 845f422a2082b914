/** The job family of each labelled outside resume from o7037 on, spread at the end of resume-families-o6605.ts's RESUME_FAMILY_FROM_O6605. */
export const RESUME_FAMILY_FROM_O7037: Record<string, string> = {
  // One line a resume, in the order of the files.
  'o7085-zh.docx': 'engineering',
  'o7086-en.pdf': 'engineering',
  'o7087-zh.txt': 'hardware',
  'o7088-en.md': 'engineering',
  'o7089-zh.docx': 'supply-chain',
  'o7090-mixed.txt': 'hardware',
  'o7091-zh.md': 'engineering',
  'o7092-en.docx': 'engineering',
  'o7093-zh.txt': 'healthcare',
  'o7094-en.txt': 'engineering',
  'o7095-en.pdf': 'hardware',
  'o7096-zh.md': 'hardware',
};
