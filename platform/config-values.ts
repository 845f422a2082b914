import { z } from 'zod';

/** The shapes environment variables take (platform/config.ts reads them all). */

export const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

/** A TCP port: what every `*_PORT` variable takes, and `npm run serve -- <service> --port N`. */
export const port = z.coerce.number().int().min(1).max(65535);

export const url = (protocols: string[]) =>
  z.string().refine(
    (value) => {
      try {
        return protocols.includes(new URL(value).protocol.replace(/:$/, ''));
      } catch {
        return false;
      }
    },
    { message: `must be a URL with scheme ${protocols.map((p) => `${p}://`).join(' or ')}` },
  );

/** One or more URLs, comma-separated: each must be a URL with one of `protocols`. */
export const urlList = (protocols: string[]) =>
  z
    .string()
    .transform((raw) => raw.split(',').map((part) => part.trim()))
    .pipe(z.array(url(protocols)).min(1));

/** A comma-separated list, each item trimmed and lowercased, empties dropped. */
export const commaList = (value: string) =>
  value
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean);

/** A JSON object whose values all match `value`, e.g. `{"acme": "<uuid>"}`. */
export function jsonRecord<T extends z.ZodType<string>>(value: T) {
  return z
    .string()
    .transform((raw, ctx) => {
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be a JSON object' });
        return z.NEVER;
      }
    })
    .pipe(z.record(z.string(), value));
}

/** The subgraphs a deployment runs, each with its `<NAME>_PORT` and `<NAME>_URL`. */
export type SubgraphName = 'talent' | 'ops' | 'identity' | 'search' | 'resume' | 'matching';
