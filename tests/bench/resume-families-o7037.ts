/** The job family of each labelled outside resume from o7037 on, spread at the end of resume-families-o6605.ts's RESUME_FAMILY_FROM_O6605. */
export const RESUME_FAMILY_FROM_O7037: Record<string, string> = {
  // One line a resume, in the order of the files.
  'o7037-zh.docx': 'operations',
  'o7038-en.pdf': 'fitness',
  'o7039-zh.txt': 'fitness',
  'o7040-en.md': 'security',
  'o7041-zh.md': 'security',
  'o7042-en.docx': 'operations',
  'o7043-zh.txt': 'operations',
  'o7044-mixed.docx': 'fitness',
  'o7045-en.txt': 'hospitality',
  'o7046-zh.md': 'hospitality',
  'o7047-en.pdf': 'fitness',
  'o7048-zh.txt': 'fitness',
};
