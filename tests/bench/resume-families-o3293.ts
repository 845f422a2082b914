/** The job family of each labelled outside resume from o3293 on, spread at the end of resume-families-o2861.ts's RESUME_FAMILY_FROM_O2861. */
export const RESUME_FAMILY_FROM_O3293: Record<string, string> = {
  'o3341-zh.docx': 'telecom',
  'o3342-en.pdf': 'telecom',
  'o3343-zh.txt': 'telecom',
  'o3344-zh.md': 'telecom',
  'o3345-en.docx': 'telecom',
  'o3346-mixed.txt': 'telecom',
  'o3347-zh.docx': 'telecom',
  'o3348-en.md': 'telecom',
  'o3349-zh.md': 'telecom',
  'o3350-en.txt': 'telecom',
  'o3351-zh.txt': 'telecom',
  'o3352-en.pdf': 'telecom',
};
