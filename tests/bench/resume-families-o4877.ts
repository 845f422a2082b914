/** The job family of each labelled outside resume from o4877 on, spread at the end of resume-families-o4445.ts's RESUME_FAMILY_FROM_O4445. */
export const RESUME_FAMILY_FROM_O4877: Record<string, string> = {
  // One line a resume, in the order of the files.
  'o4925-zh.docx': 'legal',
  'o4926-en.pdf': 'admin',
  'o4927-zh.txt': 'admin',
  'o4928-en.md': 'legal',
  'o4929-zh.md': 'legal',
  'o4930-mixed.docx': 'legal',
  'o4931-en.txt': 'admin',
  'o4932-zh.docx': 'legal',
  'o4933-en.pdf': 'admin',
  'o4934-zh.txt': 'legal',
  'o4935-zh.md': 'admin',
  'o4936-en.txt': 'legal',
};
