/** The job family of each labelled outside resume from o5741 on, spread at the end of resume-families-o5309.ts's RESUME_FAMILY_FROM_O5309. */
export const RESUME_FAMILY_FROM_O5741: Record<string, string> = {
  // One line a resume, in the order of the files.
  'o5861-zh.docx': 'fitness',
  'o5862-en.pdf': 'agriculture',
  'o5863-zh.txt': 'agriculture',
  'o5864-en.md': 'agriculture',
  'o5865-zh.md': 'fitness',
  'o5866-en.txt': 'agriculture',
  'o5867-zh.docx': 'healthcare',
  'o5868-en.docx': 'healthcare',
  'o5869-mixed.txt': 'supply-chain',
  'o5870-zh.txt': 'agriculture',
  'o5871-en.pdf': 'agriculture',
  'o5872-zh.md': 'hospitality',
};
