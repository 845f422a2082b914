/** The job family of each labelled outside resume from o1277 on, spread into resume-families-latest.ts's LATEST_RESUME_FAMILY. */
export const NEWEST_RESUME_FAMILY: Record<string, string> = {
  'o1277-zh.docx': 'healthcare',
  'o1278-en.pdf': 'healthcare',
  'o1279-zh.txt': 'healthcare',
  'o1280-en.md': 'healthcare',
  'o1281-mixed.docx': 'healthcare',
  'o1282-zh.md': 'healthcare',
  'o1283-en.txt': 'healthcare',
  'o1284-zh.docx': 'healthcare',
  'o1285-en.pdf': 'healthcare',
  'o1286-zh.txt': 'healthcare',
  'o1287-en.md': 'healthcare',
  'o1288-zh.md': 'healthcare',
};
