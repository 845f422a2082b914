/** The job family of each labelled outside resume from o3725 on, spread at the end of resume-families-o3293.ts's RESUME_FAMILY_FROM_O3293. */
export const RESUME_FAMILY_FROM_O3725: Record<string, string> = {
  'o3821-zh.docx': 'legal',
  'o3822-en.docx': 'legal',
  'o3823-zh.txt': 'legal',
  'o3824-en.pdf': 'legal',
  'o3825-zh.md': 'legal',
  'o3826-mixed.docx': 'legal',
  'o3827-zh.txt': 'legal',
  'o3828-en.md': 'legal',
  'o3829-zh.docx': 'legal',
  'o3830-en.txt': 'legal',
  'o3831-zh.md': 'legal',
  'o3832-en.pdf': 'legal',
};
