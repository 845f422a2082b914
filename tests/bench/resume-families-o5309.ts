/** The job family of each labelled outside resume from o5309 on, spread at the end of resume-families-o4877.ts's RESUME_FAMILY_FROM_O4877. */
export const RESUME_FAMILY_FROM_O5309: Record<string, string> = {
  // One line a resume, in the order of the files.
  'o5357-zh.docx': 'fitness',
  'o5358-en.pdf': 'engineering',
  'o5359-zh.txt': 'engineering',
  'o5360-en.md': 'fitness',
  'o5361-zh.md': 'engineering',
  'o5362-en.txt': 'fitness',
  'o5363-zh.docx': 'agriculture',
  'o5364-mixed.txt': 'hospitality',
  'o5365-en.pdf': 'engineering',
  'o5366-zh.txt': 'fitness',
  'o5367-en.md': 'energy',
  'o5368-zh.docx': 'engineering',
};
