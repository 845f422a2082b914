/** The job family of each labelled outside resume from o3293 on, spread at the end of resume-families-o2861.ts's RESUME_FAMILY_FROM_O2861. */
export const RESUME_FAMILY_FROM_O3293: Record<string, string> = {};
