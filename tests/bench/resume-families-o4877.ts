/** The job family of each labelled outside resume from o4877 on, spread at the end of resume-families-o4445.ts's RESUME_FAMILY_FROM_O4445. */
export const RESUME_FAMILY_FROM_O4877: Record<string, string> = {
  // One line a resume, in the order of the files.
  'o4877-zh.docx': 'hr',
  'o4878-en.pdf': 'hr',
  'o4879-zh.txt': 'hr',
  'o4880-mixed.md': 'hr',
  'o4881-zh.md': 'hr',
  'o4882-en.txt': 'hr',
  'o4883-zh.txt': 'finance',
  'o4884-en.docx': 'hr',
  'o4885-zh.docx': 'hr',
  'o4886-en.pdf': 'hr',
  'o4887-zh.txt': 'finance',
  'o4888-en.md': 'hr',
};
