/** The job family of each labelled outside resume from o6605 on, spread at the end of resume-families-o6173.ts's RESUME_FAMILY_FROM_O6173. */
export const RESUME_FAMILY_FROM_O6605: Record<string, string> = {
  // One line a resume, in the order of the files.
  'o6677-zh.docx': 'engineering',
  'o6678-en.pdf': 'engineering',
  'o6679-zh.txt': 'it-support',
  'o6680-en.md': 'it-support',
  'o6681-zh.md': 'energy',
  'o6682-zh.docx': 'engineering',
  'o6683-en.txt': 'construction',
  'o6684-zh.txt': 'engineering',
  'o6685-en.pdf': 'engineering',
  'o6686-zh.md': 'construction',
  'o6687-mixed.docx': 'engineering',
  'o6688-en.md': 'operations',
};
