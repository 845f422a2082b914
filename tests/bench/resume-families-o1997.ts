/** The job family of each labelled outside resume from o1997 on, spread at the end of resume-families-o1565.ts's RESUME_FAMILY_FROM_O1565. */
export const RESUME_FAMILY_FROM_O1997: Record<string, string> = {
  'o2069-zh.docx': 'sales',
  'o2070-en.pdf': 'sales',
  'o2071-zh.txt': 'sales',
  'o2072-zh.md': 'operations',
  'o2073-en.txt': 'sales',
  'o2074-mixed.docx': 'sales',
  'o2075-zh.docx': 'sales',
  'o2076-en.md': 'sales',
  'o2077-zh.txt': 'finance',
  'o2078-en.pdf': 'operations',
  'o2079-zh.md': 'sales',
  'o2080-en.docx': 'sales',
};
