/** The job family of each labelled outside resume from o3293 on, spread at the end of resume-families-o2861.ts's RESUME_FAMILY_FROM_O2861. */
export const RESUME_FAMILY_FROM_O3293: Record<string, string> = {
  'o3413-zh.docx': 'clinical-research',
  'o3414-en.pdf': 'clinical-research',
  'o3415-zh.txt': 'clinical-research',
  'o3416-zh.md': 'clinical-research',
  'o3417-mixed.docx': 'clinical-research',
  'o3418-en.md': 'clinical-research',
  'o3419-zh.txt': 'pharma',
  'o3420-en.pdf': 'clinical-research',
  'o3421-zh.docx': 'pharma',
  'o3422-zh.md': 'clinical-research',
  'o3423-en.txt': 'clinical-research',
  'o3424-zh.txt': 'clinical-research',
};
