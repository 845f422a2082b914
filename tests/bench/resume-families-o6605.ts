/** The job family of each labelled outside resume from o6605 on, spread at the end of resume-families-o6173.ts's RESUME_FAMILY_FROM_O6173. */
export const RESUME_FAMILY_FROM_O6605: Record<string, string> = {
  // One line a resume, in the order of the files.
  'o6653-zh.docx': 'healthcare',
  'o6654-en.pdf': 'healthcare',
  'o6655-zh.txt': 'healthcare',
  'o6656-en.md': 'healthcare',
  'o6657-zh.md': 'healthcare',
  'o6658-mixed.docx': 'engineering',
  'o6659-en.txt': 'healthcare',
  'o6660-zh.docx': 'healthcare',
  'o6661-en.md': 'healthcare',
  'o6662-zh.txt': 'healthcare',
  'o6663-en.docx': 'healthcare',
  'o6664-zh.md': 'healthcare',
};
