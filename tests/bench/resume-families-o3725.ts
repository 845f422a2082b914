/** The job family of each labelled outside resume from o3725 on, spread at the end of resume-families-o3293.ts's RESUME_FAMILY_FROM_O3293. */
export const RESUME_FAMILY_FROM_O3725: Record<string, string> = {
  'o3725-zh.docx': 'engineering',
  'o3726-en.pdf': 'engineering',
  'o3727-zh.txt': 'engineering',
  'o3728-zh.md': 'engineering',
  'o3729-mixed.docx': 'engineering',
  'o3730-en.md': 'engineering',
  'o3731-zh.txt': 'manufacturing',
  'o3732-en.docx': 'engineering',
  'o3733-zh.docx': 'engineering',
  'o3734-en.txt': 'engineering',
  'o3735-zh.md': 'engineering',
  'o3736-en.pdf': 'manufacturing',
};
