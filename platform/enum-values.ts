/**
 * A GraphQL enum's values as a runtime list (zod's `z.enum` needs one), checked against the type
 * codegen generates for the enum: `enumValues<JobStatus>()(['DRAFT', ...])` fails `tsc` when a value
 * is misspelt or missing, so the list cannot drift from the schema. The order is the caller's (zod's
 * messages list the values in it).
 */
export function enumValues<T extends string>() {
  return <const V extends readonly T[]>(values: [Exclude<T, V[number]>] extends [never] ? V : { missing: Exclude<T, V[number]> }): V =>
    values as V;
}
