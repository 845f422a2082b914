/** The job family of each labelled outside resume from o7037 on, spread at the end of resume-families-o6605.ts's RESUME_FAMILY_FROM_O6605. */
export const RESUME_FAMILY_FROM_O7037: Record<string, string> = {
  // One line a resume, in the order of the files.
  'o7109-zh.docx': 'healthcare',
  'o7110-en.pdf': 'healthcare',
  'o7111-zh.txt': 'sales',
  'o7112-en.md': 'healthcare',
  'o7113-zh.md': 'healthcare',
  'o7114-mixed.docx': 'customer-service',
  'o7115-zh.txt': 'healthcare',
  'o7116-en.txt': 'healthcare',
  'o7117-zh.docx': 'beauty',
  'o7118-en.pdf': 'sales',
  'o7119-zh.md': 'ecommerce',
  'o7120-en.txt': 'beauty',
};
