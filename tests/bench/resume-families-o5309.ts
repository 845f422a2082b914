/** The job family of each labelled outside resume from o5309 on, spread at the end of resume-families-o4877.ts's RESUME_FAMILY_FROM_O4877. */
export const RESUME_FAMILY_FROM_O5309: Record<string, string> = {
  // One line a resume, in the order of the files.
};
