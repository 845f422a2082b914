/**
 * The job family of each later labelled outside resume (o437 onward), for taxonomy-coverage.ts's RESUME_FAMILY: kept
 * here so that file stays under the lint's line limit as batches are added.
 */
export const LATER_RESUME_FAMILY: Record<string, string> = {
  // o437 onward (outside-people-blind18.ts).
  'o437-zh.docx': 'hr',
  'o438-en.pdf': 'manufacturing',
  'o439-zh.txt': 'supply-chain',
  'o440-mixed.docx': 'finance',
  'o441-zh.md': 'manufacturing',
  'o442-en.docx': 'sales',
  'o443-zh.docx': 'hardware',
  'o444-en.txt': 'healthcare',
  'o445-zh.txt': 'it-support',
  'o446-en.pdf': 'construction',
  'o447-zh.md': 'hospitality',
  'o448-en.md': 'legal',
  'o449-zh.docx': 'construction',
  'o450-mixed.txt': 'data',
  'o451-zh.txt': 'construction',
  'o452-en.md': 'backend',
  'o453-zh.md': 'healthcare',
  'o454-en.txt': 'media',
  'o455-zh.docx': 'education',
  'o456-en.pdf': 'clinical-research',
  'o457-zh.txt': 'sales',
  'o458-mixed.md': 'product',
  'o459-zh.md': 'education',
  'o460-en.docx': 'operations',
};
