/** The job family of each labelled outside resume from o3293 on, spread at the end of resume-families-o2861.ts's RESUME_FAMILY_FROM_O2861. */
export const RESUME_FAMILY_FROM_O3293: Record<string, string> = {
  'o3293-zh.docx': 'finance',
  'o3294-en.pdf': 'finance',
  'o3295-zh.txt': 'sales',
  'o3296-zh.md': 'finance',
  'o3297-mixed.docx': 'finance',
  'o3298-en.txt': 'finance',
  'o3299-zh.docx': 'finance',
  'o3300-en.md': 'finance',
  'o3301-zh.txt': 'sales',
  'o3302-en.pdf': 'finance',
  'o3303-zh.md': 'sales',
  'o3304-en.docx': 'sales',
};
