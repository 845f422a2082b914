/** The job family of each labelled outside resume from o3725 on, spread at the end of resume-families-o3293.ts's RESUME_FAMILY_FROM_O3293. */
export const RESUME_FAMILY_FROM_O3725: Record<string, string> = {
  // outside-people-blind156.ts: cybersecurity (SOC, penetration testing, 等保, GRC, data and cloud security).
  'o3749-zh.docx': 'security',
  'o3750-en.pdf': 'security',
  'o3751-zh.txt': 'security',
  'o3752-zh.md': 'security',
  'o3753-en.txt': 'security',
  'o3754-mixed.md': 'security',
  'o3755-zh.docx': 'security',
  'o3756-en.md': 'security',
  'o3757-zh.txt': 'security',
  'o3758-en.pdf': 'security',
  'o3759-zh.md': 'security',
  'o3760-en.docx': 'security',
};
