/** The job family of each labelled outside resume from o4877 on, spread at the end of resume-families-o4445.ts's RESUME_FAMILY_FROM_O4445. */
export const RESUME_FAMILY_FROM_O4877: Record<string, string> = {
  // One line a resume, in the order of the files.
};
