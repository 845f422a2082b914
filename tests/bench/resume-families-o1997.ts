/** The job family of each labelled outside resume from o1997 on, spread at the end of resume-families-o1565.ts's RESUME_FAMILY_FROM_O1565. */
export const RESUME_FAMILY_FROM_O1997: Record<string, string> = {
  'o2093-zh.docx': 'engineering',
  'o2094-en.pdf': 'engineering',
  'o2095-zh.txt': 'manufacturing',
  'o2096-zh.md': 'engineering',
  'o2097-mixed.docx': 'engineering',
  'o2098-en.txt': 'manufacturing',
  'o2099-zh.md': 'engineering',
  'o2100-zh.docx': 'manufacturing',
  'o2101-en.pdf': 'engineering',
  'o2102-mixed.txt': 'engineering',
  'o2103-zh.txt': 'manufacturing',
  'o2104-en.md': 'engineering',
};
