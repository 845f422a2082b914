/** The job family of each labelled outside resume from o7037 on, spread at the end of resume-families-o6605.ts's RESUME_FAMILY_FROM_O6605. */
export const RESUME_FAMILY_FROM_O7037: Record<string, string> = {
  // One line a resume, in the order of the files.
  'o7157-zh.docx': 'engineering',
  'o7158-en.pdf': 'agriculture',
  'o7159-zh.txt': 'agriculture',
  'o7160-mixed.md': 'agriculture',
  'o7161-zh.docx': 'sales',
  'o7162-en.txt': 'agriculture',
  'o7163-zh.md': 'agriculture',
  'o7164-en.docx': 'sales',
  'o7165-zh.txt': 'manufacturing',
  'o7166-en.md': 'agriculture',
  'o7167-zh.md': 'agriculture',
  'o7168-en.pdf': 'agriculture',
};
