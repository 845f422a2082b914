/** The job family of each labelled outside resume from o4877 on, spread at the end of resume-families-o4445.ts's RESUME_FAMILY_FROM_O4445. */
export const RESUME_FAMILY_FROM_O4877: Record<string, string> = {
  // One line a resume, in the order of the files.
  'o4997-zh.docx': 'energy',
  'o4998-en.pdf': 'energy',
  'o4999-zh.txt': 'energy',
  'o5000-mixed.md': 'energy',
  'o5001-en.txt': 'energy',
  'o5002-zh.docx': 'energy',
  'o5003-en.md': 'energy',
  'o5004-zh.txt': 'energy',
  'o5005-en.docx': 'energy',
  'o5006-zh.md': 'energy',
  'o5007-mixed.txt': 'energy',
  'o5008-en.pdf': 'energy',
};
