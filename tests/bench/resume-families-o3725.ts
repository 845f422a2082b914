/** The job family of each labelled outside resume from o3725 on, spread at the end of resume-families-o3293.ts's RESUME_FAMILY_FROM_O3293. */
export const RESUME_FAMILY_FROM_O3725: Record<string, string> = {
  'o3845-zh.docx': 'admin',
  'o3846-en.pdf': 'admin',
  'o3847-zh.txt': 'social-work',
  'o3848-en.md': 'social-work',
  'o3849-zh.md': 'admin',
  'o3850-mixed.docx': 'admin',
  'o3851-zh.txt': 'admin',
  'o3852-en.txt': 'admin',
  'o3853-zh.docx': 'finance',
  'o3854-en.pdf': 'admin',
  'o3855-zh.md': 'social-work',
  'o3856-en.docx': 'admin',
};
