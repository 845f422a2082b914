/** The job family of each labelled outside resume from o2429 on, spread at the end of resume-families-o1997.ts's RESUME_FAMILY_FROM_O1997. */
export const RESUME_FAMILY_FROM_O2429: Record<string, string> = {
  'o2549-zh.docx': 'healthcare',
  'o2550-en.pdf': 'healthcare',
  'o2551-zh.txt': 'healthcare',
  'o2552-zh.md': 'healthcare',
  'o2553-mixed.docx': 'healthcare',
  'o2554-en.txt': 'healthcare',
  'o2555-zh.docx': 'healthcare',
  'o2556-en.md': 'healthcare',
  'o2557-zh.txt': 'healthcare',
  'o2558-en.pdf': 'healthcare',
  'o2559-zh.md': 'healthcare',
  'o2560-mixed.txt': 'healthcare',
};
