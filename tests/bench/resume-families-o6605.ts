/** The job family of each labelled outside resume from o6605 on, spread at the end of resume-families-o6173.ts's RESUME_FAMILY_FROM_O6173. */
export const RESUME_FAMILY_FROM_O6605: Record<string, string> = {
  // One line a resume, in the order of the files.
  'o6629-zh.docx': 'manufacturing',
  'o6630-en.pdf': 'engineering',
  'o6631-zh.txt': 'engineering',
  'o6632-zh.md': 'agriculture',
  'o6633-en.docx': 'manufacturing',
  'o6634-zh.docx': 'manufacturing',
  'o6635-mixed.txt': 'energy',
  'o6636-en.md': 'manufacturing',
  'o6637-zh.txt': 'energy',
  'o6638-en.pdf': 'manufacturing',
  'o6639-zh.md': 'manufacturing',
  'o6640-zh.docx': 'energy',
};
