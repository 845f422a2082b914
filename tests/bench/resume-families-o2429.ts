/** The job family of each labelled outside resume from o2429 on, spread at the end of resume-families-o1997.ts's RESUME_FAMILY_FROM_O1997. */
export const RESUME_FAMILY_FROM_O2429: Record<string, string> = {
  'o2525-zh.docx': 'engineering',
  'o2526-en.pdf': 'engineering',
  'o2527-zh.txt': 'engineering',
  'o2528-zh.md': 'construction',
  'o2529-mixed.docx': 'engineering',
  'o2530-en.txt': 'engineering',
  'o2531-zh.docx': 'construction',
  'o2532-en.md': 'engineering',
  'o2533-zh.txt': 'construction',
  'o2534-en.pdf': 'construction',
  'o2535-zh.md': 'engineering',
  'o2536-en.docx': 'construction',
};
