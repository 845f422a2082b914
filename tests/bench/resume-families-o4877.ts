/** The job family of each labelled outside resume from o4877 on, spread at the end of resume-families-o4445.ts's RESUME_FAMILY_FROM_O4445. */
export const RESUME_FAMILY_FROM_O4877: Record<string, string> = {
  // One line a resume, in the order of the files.
  'o4901-zh.docx': 'hospitality',
  'o4902-en.pdf': 'hospitality',
  'o4903-zh.txt': 'hospitality',
  'o4904-mixed.md': 'sales',
  'o4905-zh.md': 'hospitality',
  'o4906-en.txt': 'hospitality',
  'o4907-zh.docx': 'social-work',
  'o4908-zh.txt': 'hospitality',
  'o4909-en.md': 'hospitality',
  'o4910-zh.txt': 'operations',
  'o4911-en.docx': 'hospitality',
  'o4912-en.pdf': 'social-work',
};
