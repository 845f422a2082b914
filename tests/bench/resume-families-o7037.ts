/** The job family of each labelled outside resume from o7037 on, spread at the end of resume-families-o6605.ts's RESUME_FAMILY_FROM_O6605. */
export const RESUME_FAMILY_FROM_O7037: Record<string, string> = {
  // One line a resume, in the order of the files.
};
