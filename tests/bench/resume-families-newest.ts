/** The job family of each labelled outside resume from o1277 on, spread into resume-families-latest.ts's LATEST_RESUME_FAMILY. */
export const NEWEST_RESUME_FAMILY: Record<string, string> = {
  'o1373-zh.docx': 'retail',
  'o1374-en.pdf': 'retail',
  'o1375-zh.txt': 'retail',
  'o1376-zh.md': 'supply-chain',
  'o1377-mixed.docx': 'retail',
  'o1378-en.txt': 'retail',
  'o1379-zh.md': 'design',
  'o1380-en.docx': 'retail',
  'o1381-zh.txt': 'retail',
  'o1382-en.md': 'retail',
  'o1383-zh.docx': 'retail',
  'o1384-en.pdf': 'retail',
};
