/** The job family of each labelled outside resume from o5309 on, spread at the end of resume-families-o4877.ts's RESUME_FAMILY_FROM_O4877. */
export const RESUME_FAMILY_FROM_O5309: Record<string, string> = {
  // One line a resume, in the order of the files.
  'o5429-zh.docx': 'agriculture',
  'o5430-en.pdf': 'agriculture',
  'o5431-zh.txt': 'agriculture',
  'o5432-zh.md': 'agriculture',
  'o5433-en.txt': 'agriculture',
  'o5434-zh.docx': 'sales',
  'o5435-en.md': 'agriculture',
  'o5436-zh.txt': 'agriculture',
  'o5437-en.pdf': 'agriculture',
  'o5438-mixed.md': 'agriculture',
  'o5439-zh.txt': 'agriculture',
  'o5440-en.md': 'agriculture',
};
