/** The job family of each labelled outside resume from o7037 on, spread at the end of resume-families-o6605.ts's RESUME_FAMILY_FROM_O6605. */
export const RESUME_FAMILY_FROM_O7037: Record<string, string> = {
  // One line a resume, in the order of the files.
  'o7061-zh.docx': 'operations',
  'o7062-en.pdf': 'media',
  'o7063-zh.txt': 'media',
  'o7064-en.md': 'operations',
  'o7065-zh.md': 'media',
  'o7066-mixed.docx': 'media',
  'o7067-zh.txt': 'marketing',
  'o7068-en.pdf': 'media',
  'o7069-zh.docx': 'marketing',
  'o7070-en.txt': 'operations',
  'o7071-zh.md': 'media',
  'o7072-en.docx': 'operations',
};
