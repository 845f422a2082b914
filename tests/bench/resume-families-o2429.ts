/** The job family of each labelled outside resume from o2429 on, spread at the end of resume-families-o1997.ts's RESUME_FAMILY_FROM_O1997. */
export const RESUME_FAMILY_FROM_O2429: Record<string, string> = {};
