/** The job family of each labelled outside resume from o7037 on, spread at the end of resume-families-o6605.ts's RESUME_FAMILY_FROM_O6605. */
export const RESUME_FAMILY_FROM_O7037: Record<string, string> = {
  // One line a resume, in the order of the files.
  'o7133-zh.docx': 'transport',
  'o7134-en.pdf': 'sales',
  'o7135-zh.txt': 'transport',
  'o7136-en.md': 'hr',
  'o7137-zh.md': 'operations',
  'o7138-mixed.docx': 'transport',
  'o7139-zh.txt': 'supply-chain',
  'o7140-en.txt': 'customer-service',
  'o7141-en.docx': 'transport',
  'o7142-zh.md': 'customer-service',
  'o7143-en.pdf': 'operations',
  'o7144-zh.txt': 'transport',
};
