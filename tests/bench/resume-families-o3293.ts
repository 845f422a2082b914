/** The job family of each labelled outside resume from o3293 on, spread at the end of resume-families-o2861.ts's RESUME_FAMILY_FROM_O2861. */
export const RESUME_FAMILY_FROM_O3293: Record<string, string> = {
  'o3389-zh.docx': 'product',
  'o3390-en.pdf': 'product',
  'o3391-zh.txt': 'product',
  'o3392-zh.md': 'product',
  'o3393-mixed.docx': 'product',
  'o3394-en.txt': 'product',
  'o3395-zh.docx': 'product',
  'o3396-en.md': 'product',
  'o3397-zh.txt': 'product',
  'o3398-en.pdf': 'product',
  'o3399-zh.md': 'product',
  'o3400-mixed.txt': 'product',
};
