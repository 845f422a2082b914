-- Derived WORKED_WITH relationships compare employments by company: a talent's distinct company
-- keys (NFKC, trimmed, lowercased), kept by a trigger and GIN-indexed, find the colleagues of a
-- batch of talents without reading every talent's employments.
ALTER TABLE talents ADD COLUMN employment_company_keys text[] NOT NULL DEFAULT '{}';

CREATE FUNCTION talents_employment_company_keys() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.employment_company_keys := ARRAY(
    SELECT DISTINCT lower(btrim(normalize(e ->> 'company', NFKC)))
    FROM jsonb_array_elements(CASE WHEN jsonb_typeof(NEW.employments) = 'array' THEN NEW.employments ELSE '[]'::jsonb END) AS e
    WHERE btrim(coalesce(e ->> 'company', '')) <> '');
  RETURN NEW;
END
$$;
CREATE TRIGGER talents_employment_company_keys BEFORE INSERT OR UPDATE OF employments ON talents
  FOR EACH ROW EXECUTE FUNCTION talents_employment_company_keys();
UPDATE talents SET employments = employments;

CREATE INDEX talents_employment_company_keys ON talents USING gin (employment_company_keys);
