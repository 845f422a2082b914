/** The job family of each labelled outside resume from o1277 on, spread into resume-families-latest.ts's LATEST_RESUME_FAMILY. */
export const NEWEST_RESUME_FAMILY: Record<string, string> = {
  'o1397-zh.docx': 'hospitality',
  'o1398-en.pdf': 'construction',
  'o1399-zh.txt': 'ecommerce',
  'o1400-en.md': 'marketing',
  'o1401-zh.md': 'hospitality',
  'o1402-mixed.docx': 'media',
  'o1403-zh.txt': 'media',
  'o1404-en.docx': 'hr',
  'o1405-zh.docx': 'finance',
  'o1406-en.txt': 'business',
  'o1407-zh.md': 'design',
  'o1408-en.pdf': 'backend',
};
