/** The job family of each labelled outside resume from o3725 on, spread at the end of resume-families-o3293.ts's RESUME_FAMILY_FROM_O3293. */
export const RESUME_FAMILY_FROM_O3725: Record<string, string> = {
  'o3797-zh.docx': 'hospitality',
  'o3798-en.pdf': 'hospitality',
  'o3799-zh.txt': 'hospitality',
  'o3800-en.md': 'hospitality',
  'o3801-mixed.docx': 'hospitality',
  'o3802-zh.md': 'hospitality',
  'o3803-en.txt': 'hospitality',
  'o3804-zh.docx': 'hospitality',
  'o3805-en.pdf': 'hospitality',
  'o3806-zh.txt': 'hospitality',
  'o3807-zh.md': 'hospitality',
  'o3808-en.docx': 'hospitality',
};
