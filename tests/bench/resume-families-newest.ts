/** The job family of each labelled outside resume from o1277 on, spread into resume-families-latest.ts's LATEST_RESUME_FAMILY. */
export const NEWEST_RESUME_FAMILY: Record<string, string> = {
  'o1301-zh.docx': 'security',
  'o1302-en.pdf': 'operations',
  'o1303-zh.txt': 'security',
  'o1304-mixed.md': 'operations',
  'o1305-en.txt': 'operations',
  'o1306-zh.md': 'operations',
  'o1307-zh.docx': 'operations',
  'o1308-en.pdf': 'operations',
  'o1309-zh.txt': 'security',
  'o1310-en.md': 'security',
  'o1311-zh.md': 'engineering',
  'o1312-en.docx': 'operations',
};
