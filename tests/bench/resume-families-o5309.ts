/** The job family of each labelled outside resume from o5309 on, spread at the end of resume-families-o4877.ts's RESUME_FAMILY_FROM_O4877. */
export const RESUME_FAMILY_FROM_O5309: Record<string, string> = {
  // One line a resume, in the order of the files.
  'o5333-zh.docx': 'media',
  'o5334-en.pdf': 'media',
  'o5335-zh.txt': 'media',
  'o5336-en.md': 'media',
  'o5337-zh.md': 'engineering',
  'o5338-en.docx': 'media',
  'o5339-zh.txt': 'media',
  'o5340-mixed.md': 'media',
  'o5341-en.txt': 'media',
  'o5342-zh.docx': 'media',
  'o5343-en.pdf': 'media',
  'o5344-zh.txt': 'hospitality',
};
