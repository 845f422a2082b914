/** The job family of each labelled outside resume from o6173 on, spread at the end of resume-families-o5741.ts's RESUME_FAMILY_FROM_O5741. */
export const RESUME_FAMILY_FROM_O6173: Record<string, string> = {
  // One line a resume, in the order of the files.
  'o6197-zh.docx': 'energy',
  'o6198-en.pdf': 'energy',
  'o6199-zh.txt': 'energy',
  'o6200-en.md': 'energy',
  'o6201-zh.md': 'energy',
  'o6202-mixed.docx': 'engineering',
  'o6203-zh.txt': 'energy',
  'o6204-en.docx': 'engineering',
  'o6205-zh.docx': 'engineering',
  'o6206-en.txt': 'energy',
  'o6207-zh.md': 'energy',
  'o6208-en.pdf': 'engineering',
};
