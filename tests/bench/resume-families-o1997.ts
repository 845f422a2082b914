/** The job family of each labelled outside resume from o1997 on, spread at the end of resume-families-o1565.ts's RESUME_FAMILY_FROM_O1565. */
export const RESUME_FAMILY_FROM_O1997: Record<string, string> = {
  'o2117-zh.docx': 'pharma',
  'o2118-en.pdf': 'pharma',
  'o2119-zh.txt': 'pharma',
  'o2120-zh.md': 'pharma',
  'o2121-en.txt': 'sales',
  'o2122-mixed.docx': 'pharma',
  'o2123-zh.txt': 'sales',
  'o2124-en.md': 'pharma',
  'o2125-zh.docx': 'pharma',
  'o2126-en.pdf': 'pharma',
  'o2127-zh.md': 'healthcare',
  'o2128-en.docx': 'pharma',
};
