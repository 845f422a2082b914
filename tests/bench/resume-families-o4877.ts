/** The job family of each labelled outside resume from o4877 on, spread at the end of resume-families-o4445.ts's RESUME_FAMILY_FROM_O4445. */
export const RESUME_FAMILY_FROM_O4877: Record<string, string> = {
  // One line a resume, in the order of the files.
  'o4973-zh.docx': 'manufacturing',
  'o4974-en.pdf': 'engineering',
  'o4975-zh.txt': 'design',
  'o4976-en.md': 'manufacturing',
  'o4977-zh.md': 'manufacturing',
  'o4978-zh.txt': 'manufacturing',
  'o4979-mixed.docx': 'manufacturing',
  'o4980-en.txt': 'manufacturing',
  'o4981-zh.docx': 'manufacturing',
  'o4982-en.pdf': 'manufacturing',
  'o4983-zh.md': 'design',
  'o4984-en.txt': 'design',
};
