/** The job family of each labelled outside resume from o3725 on, spread at the end of resume-families-o3293.ts's RESUME_FAMILY_FROM_O3293. */
export const RESUME_FAMILY_FROM_O3725: Record<string, string> = {
  'o3773-zh.docx': 'energy',
  'o3774-en.pdf': 'energy',
  'o3775-zh.txt': 'energy',
  'o3776-mixed.md': 'energy',
  'o3777-en.docx': 'energy',
  'o3778-zh.md': 'energy',
  'o3779-zh.docx': 'energy',
  'o3780-en.txt': 'energy',
  'o3781-zh.txt': 'energy',
  'o3782-en.md': 'energy',
  'o3783-zh.md': 'energy',
  'o3784-en.pdf': 'energy',
};
