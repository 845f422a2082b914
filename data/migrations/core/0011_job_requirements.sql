-- A job's requirements for matching (issue 14, points 2 and 3): the top of its years range, the
-- languages it wants (scored), and its knock-outs, the hard requirements a talent who fails one is
-- excluded or flagged for: { "mustHaveSkills": [..], "minYearsOfExperience": number | null,
-- "workLocation": boolean, "languages": [..] } (subgraphs/matching/scoring/types.ts JobKnockouts).
-- The rules (subgraphs/talent/jobs/job-inputs.ts) add must-have skills to required_skills and
-- required languages to languages, so the scored lists always hold the knock-outs.
ALTER TABLE jobs
  ADD COLUMN max_years_of_experience numeric(4, 1),
  ADD COLUMN languages               text[] NOT NULL DEFAULT '{}',
  ADD COLUMN knockouts               jsonb NOT NULL
    DEFAULT '{"mustHaveSkills": [], "minYearsOfExperience": null, "workLocation": false, "languages": []}',
  ADD CONSTRAINT jobs_years_range CHECK (min_years IS NULL OR max_years_of_experience IS NULL OR min_years <= max_years_of_experience);
