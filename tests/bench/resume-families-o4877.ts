/** The job family of each labelled outside resume from o4877 on, spread at the end of resume-families-o4445.ts's RESUME_FAMILY_FROM_O4445. */
export const RESUME_FAMILY_FROM_O4877: Record<string, string> = {
  // One line a resume, in the order of the files.
  'o4949-zh.docx': 'construction',
  'o4950-en.pdf': 'engineering',
  'o4951-zh.txt': 'customer-service',
  'o4952-mixed.md': 'engineering',
  'o4953-en.docx': 'engineering',
  'o4954-zh.md': 'engineering',
  'o4955-zh.txt': 'customer-service',
  'o4956-en.md': 'construction',
  'o4957-zh.docx': 'engineering',
  'o4958-en.txt': 'engineering',
  'o4959-zh.txt': 'construction',
  'o4960-en.pdf': 'construction',
};
