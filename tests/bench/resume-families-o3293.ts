/** The job family of each labelled outside resume from o3293 on, spread at the end of resume-families-o2861.ts's RESUME_FAMILY_FROM_O2861. */
export const RESUME_FAMILY_FROM_O3293: Record<string, string> = {
  'o3365-zh.docx': 'devops',
  'o3366-en.pdf': 'devops',
  'o3367-zh.txt': 'devops',
  'o3368-zh.md': 'devops',
  'o3369-mixed.docx': 'devops',
  'o3370-en.txt': 'devops',
  'o3371-zh.txt': 'devops',
  'o3372-en.md': 'devops',
  'o3373-zh.md': 'telecom',
  'o3374-en.docx': 'devops',
  'o3375-zh.docx': 'security',
  'o3376-en.pdf': 'devops',
};
