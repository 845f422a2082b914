/** The job family of each labelled outside resume from o1997 on, spread at the end of resume-families-o1565.ts's RESUME_FAMILY_FROM_O1565. */
export const RESUME_FAMILY_FROM_O1997: Record<string, string> = {
  'o1997-zh.docx': 'hr',
  'o1998-en.pdf': 'hr',
  'o1999-zh.txt': 'hr',
  'o2000-en.md': 'hr',
  'o2001-zh.md': 'hr',
  'o2002-mixed.docx': 'hr',
  'o2003-zh.txt': 'hr',
  'o2004-en.docx': 'hr',
  'o2005-zh.docx': 'hr',
  'o2006-en.txt': 'hr',
  'o2007-zh.md': 'hr',
  'o2008-en.pdf': 'hr',
};
