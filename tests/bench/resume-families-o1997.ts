/** The job family of each labelled outside resume from o1997 on, spread at the end of resume-families-o1565.ts's RESUME_FAMILY_FROM_O1565. */
export const RESUME_FAMILY_FROM_O1997: Record<string, string> = {
  'o2021-zh.docx': 'supply-chain',
  'o2022-en.pdf': 'supply-chain',
  'o2023-zh.txt': 'supply-chain',
  'o2024-mixed.md': 'supply-chain',
  'o2025-en.docx': 'supply-chain',
  'o2026-zh.md': 'transport',
  'o2027-zh.docx': 'supply-chain',
  'o2028-en.txt': 'transport',
  'o2029-zh.txt': 'supply-chain',
  'o2030-en.md': 'supply-chain',
  'o2031-zh.md': 'supply-chain',
  'o2032-en.pdf': 'transport',
};
