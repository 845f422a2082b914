/** The job family of each labelled outside resume from o2429 on, spread at the end of resume-families-o1997.ts's RESUME_FAMILY_FROM_O1997. */
export const RESUME_FAMILY_FROM_O2429: Record<string, string> = {
  'o2501-zh.docx': 'media',
  'o2502-en.pdf': 'media',
  'o2503-zh.txt': 'media',
  'o2504-en.md': 'media',
  'o2505-zh.md': 'media',
  'o2506-mixed.docx': 'media',
  'o2507-zh.txt': 'media',
  'o2508-en.docx': 'media',
  'o2509-zh.md': 'media',
  'o2510-en.txt': 'media',
  'o2511-zh.docx': 'media',
  'o2512-en.pdf': 'media',
};
