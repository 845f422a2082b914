/** The job family of each labelled outside resume from o1277 on, spread into resume-families-latest.ts's LATEST_RESUME_FAMILY. */
export const NEWEST_RESUME_FAMILY: Record<string, string> = {
  'o1349-zh.docx': 'it-support',
  'o1350-en.pdf': 'it-support',
  'o1351-zh.txt': 'it-support',
  'o1352-mixed.md': 'business',
  'o1353-en.docx': 'it-support',
  'o1354-zh.md': 'data',
  'o1355-zh.docx': 'business',
  'o1356-en.txt': 'customer-service',
  'o1357-zh.txt': 'it-support',
  'o1358-en.pdf': 'devops',
  'o1359-zh.md': 'business',
  'o1360-en.md': 'it-support',
};
