/** The job family of each labelled outside resume from o3293 on, spread at the end of resume-families-o2861.ts's RESUME_FAMILY_FROM_O2861. */
export const RESUME_FAMILY_FROM_O3293: Record<string, string> = {
  'o3317-zh.docx': 'agriculture',
  'o3318-en.pdf': 'agriculture',
  'o3319-zh.txt': 'agriculture',
  'o3320-zh.md': 'agriculture',
  'o3321-en.docx': 'agriculture',
  'o3322-mixed.txt': 'product',
  'o3323-zh.docx': 'agriculture',
  'o3324-en.md': 'agriculture',
  'o3325-zh.txt': 'agriculture',
  'o3326-en.pdf': 'agriculture',
  'o3327-zh.md': 'agriculture',
  'o3328-en.txt': 'agriculture',
};
