/** The job family of each labelled outside resume from o2429 on, spread at the end of resume-families-o1997.ts's RESUME_FAMILY_FROM_O1997. */
export const RESUME_FAMILY_FROM_O2429: Record<string, string> = {
  'o2453-zh.docx': 'social-work',
  'o2454-en.docx': 'social-work',
  'o2455-zh.docx': 'social-work',
  'o2456-mixed.docx': 'social-work',
  'o2457-zh.docx': 'social-work',
  'o2458-en.docx': 'social-work',
  'o2459-en.pdf': 'social-work',
  'o2460-en.pdf': 'social-work',
  'o2461-en.pdf': 'social-work',
  'o2462-en.pdf': 'social-work',
  'o2463-zh.txt': 'social-work',
  'o2464-en.txt': 'social-work',
};
