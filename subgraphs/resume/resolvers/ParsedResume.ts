import type { ParsedResumeResolvers } from '../__generated__/resolvers-types.ts';

// The parser scores "not found" as a null value; the schema says null for the whole field.
export const ParsedResume: ParsedResumeResolvers = {
  name: ({ name }) => (name.value === null ? null : { value: name.value, confidence: name.confidence }),
  location: ({ location }) => (location.value === null ? null : { value: location.value, confidence: location.confidence }),
};
