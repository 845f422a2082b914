/** The job family of each labelled outside resume from o2429 on, spread at the end of resume-families-o1997.ts's RESUME_FAMILY_FROM_O1997. */
export const RESUME_FAMILY_FROM_O2429: Record<string, string> = {
  'o2477-zh.docx': 'ecommerce',
  'o2478-en.pdf': 'ecommerce',
  'o2479-zh.txt': 'ecommerce',
  'o2480-en.md': 'ecommerce',
  'o2481-zh.md': 'ecommerce',
  'o2482-mixed.docx': 'ecommerce',
  'o2483-zh.txt': 'supply-chain',
  'o2484-en.pdf': 'customer-service',
  'o2485-zh.docx': 'supply-chain',
  'o2486-en.txt': 'ecommerce',
  'o2487-zh.md': 'marketing',
  'o2488-mixed.txt': 'ecommerce',
};
