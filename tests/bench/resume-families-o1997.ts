/** The job family of each labelled outside resume from o1997 on, spread at the end of resume-families-o1565.ts's RESUME_FAMILY_FROM_O1565. */
export const RESUME_FAMILY_FROM_O1997: Record<string, string> = {};
