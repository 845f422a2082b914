/** The job family of each labelled outside resume from o6173 on, spread at the end of resume-families-o5741.ts's RESUME_FAMILY_FROM_O5741. */
export const RESUME_FAMILY_FROM_O6173: Record<string, string> = {
  // One line a resume, in the order of the files.
  'o6245-zh.docx': 'education',
  'o6246-en.pdf': 'education',
  'o6247-zh.txt': 'admin',
  'o6248-en.md': 'education',
  'o6249-zh.md': 'education',
  'o6250-zh.docx': 'admin',
  'o6251-en.txt': 'admin',
  'o6252-mixed.txt': 'education',
  'o6253-zh.txt': 'media',
  'o6254-en.pdf': 'admin',
  'o6255-en.docx': 'education',
  'o6256-zh.md': 'education',
};
