/**
 * The headings of an academic CV's records (its papers, patents, grants, memberships and referees) and a seafarer's sea
 * time: lists of what was published, held, awarded or served, no job and no school, and not read for skills, as the
 * labellers read them.
 */
export const RECORD_HEADINGS = [
  '论文发表',
  '发表论文',
  '学术论文',
  '专利',
  '授权专利',
  '专利成果',
  '学术兼职',
  'selected publications',
  'patents',
  'grants',
  'grants and funding',
  'research funding',
  'funding',
  'memberships',
  'professional memberships',
  'professional affiliations',
  'referees',
  // A seafarer's or a fisheries observer's days at sea, the vessels and waters listed: a record too.
  'sea time',
  'sea service',
];
/** The records' headings, "Publications" too (a heading of the 'other' kind before this list). */
export const RECORD_HEADING = new Set([...RECORD_HEADINGS, 'publications']);
