import { z } from 'zod';

/** An email as identity stores it: trimmed, lowercased, at most 254 characters (accounts and sign-up codes agree on it). */
export const emailAddress = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'email must be at most 254 characters')
  .email('email is not an email address');
