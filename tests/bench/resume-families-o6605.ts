/** The job family of each labelled outside resume from o6605 on, spread at the end of resume-families-o6173.ts's RESUME_FAMILY_FROM_O6173. */
export const RESUME_FAMILY_FROM_O6605: Record<string, string> = {
  // One line a resume, in the order of the files.
};
