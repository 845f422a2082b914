/** The job family of each labelled outside resume from o1277 on, spread into resume-families-latest.ts's LATEST_RESUME_FAMILY. */
export const NEWEST_RESUME_FAMILY: Record<string, string> = {};
