/** The job family of each labelled outside resume from o1997 on, spread at the end of resume-families-o1565.ts's RESUME_FAMILY_FROM_O1565. */
export const RESUME_FAMILY_FROM_O1997: Record<string, string> = {
  'o2045-zh.docx': 'construction',
  'o2046-en.pdf': 'construction',
  'o2047-zh.txt': 'design',
  'o2048-en.md': 'construction',
  'o2049-mixed.docx': 'construction',
  'o2050-zh.md': 'design',
  'o2051-en.txt': 'design',
  'o2052-zh.docx': 'design',
  'o2053-en.docx': 'design',
  'o2054-zh.txt': 'construction',
  'o2055-en.pdf': 'construction',
  'o2056-zh.md': 'construction',
};
