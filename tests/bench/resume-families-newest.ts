/** The job family of each labelled outside resume from o1277 on, spread into resume-families-latest.ts's LATEST_RESUME_FAMILY. */
export const NEWEST_RESUME_FAMILY: Record<string, string> = {
  'o1325-zh.docx': 'media',
  'o1326-en.pdf': 'media',
  'o1327-zh.txt': 'media',
  'o1328-mixed.md': 'media',
  'o1329-en.docx': 'media',
  'o1330-zh.md': 'media',
  'o1331-en.txt': 'media',
  'o1332-zh.docx': 'media',
  'o1333-en.pdf': 'media',
  'o1334-zh.txt': 'media',
  'o1335-en.md': 'media',
  'o1336-mixed.docx': 'media',
};
