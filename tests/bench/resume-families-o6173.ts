/** The job family of each labelled outside resume from o6173 on, spread at the end of resume-families-o5741.ts's RESUME_FAMILY_FROM_O5741. */
export const RESUME_FAMILY_FROM_O6173: Record<string, string> = {
  // One line a resume, in the order of the files.
  'o6293-zh.docx': 'design',
  'o6294-en.pdf': 'design',
  'o6295-zh.txt': 'supply-chain',
  'o6296-zh.md': 'design',
  'o6297-en.docx': 'manufacturing',
  'o6298-zh.txt': 'manufacturing',
  'o6299-en.md': 'manufacturing',
  'o6300-zh.docx': 'manufacturing',
  'o6301-mixed.md': 'retail',
  'o6302-en.txt': 'manufacturing',
  'o6303-zh.md': 'engineering',
  'o6304-en.pdf': 'design',
};
