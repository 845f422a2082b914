/** The job family of each labelled outside resume from o2429 on, spread at the end of resume-families-o1997.ts's RESUME_FAMILY_FROM_O1997. */
export const RESUME_FAMILY_FROM_O2429: Record<string, string> = {
  'o2429-zh.docx': 'engineering',
  'o2430-en.pdf': 'engineering',
  'o2431-zh.txt': 'engineering',
  'o2432-zh.md': 'engineering',
  'o2433-en.docx': 'engineering',
  'o2434-mixed.txt': 'engineering',
  'o2435-zh.docx': 'engineering',
  'o2436-en.md': 'engineering',
  'o2437-zh.txt': 'engineering',
  'o2438-en.txt': 'engineering',
  'o2439-zh.md': 'engineering',
  'o2440-en.pdf': 'engineering',
};
