/**
 * What `npm run serve -- <service> [--port N]` accepts: the services that run alone, each with the
 * entry module that starts it, and the port variable `--port` sets. Keyed by the configuration's
 * ports, so a service given a port but no entry (or the reverse) fails the build.
 */
import { parseArgs } from 'node:util';
import { port, type Config } from '../../platform/config.ts';

export type ServiceName = keyof Config['ports'];

/** Each service's entry module, from the repository root: the one place its standalone start-up lives. */
export const SERVICE_ENTRIES = {
  gateway: 'gateway/index.ts',
  talent: 'subgraphs/talent/index.ts',
  ops: 'subgraphs/ops/index.ts',
  identity: 'subgraphs/identity/index.ts',
  search: 'subgraphs/search/index.ts',
  resume: 'subgraphs/resume/index.ts',
  matching: 'subgraphs/matching/index.ts',
  chat: 'subgraphs/chat/index.ts',
} as const satisfies Record<ServiceName, string>;

export const SERVICE_NAMES = Object.keys(SERVICE_ENTRIES) as readonly ServiceName[];

/** The variable that sets a service's port (`TALENT_PORT`): what `--port` overrides. */
export const portVariable = (service: ServiceName): `${Uppercase<ServiceName>}_PORT` =>
  `${service.toUpperCase() as Uppercase<ServiceName>}_PORT`;

export interface ServeArgs {
  service: ServiceName;
  port?: number;
}

const isServiceName = (name: string): name is ServiceName => Object.hasOwn(SERVICE_ENTRIES, name);

/** Reads `<service> [--port N]`; a wrong argument throws a message that names it and what it takes. */
export function parseServeArgs(args: readonly string[]): ServeArgs {
  const usage = `usage: npm run serve -- <${SERVICE_NAMES.join('|')}> [--port N]`;
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: { port: { type: 'string' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${usage}`);
  }
  const [service, ...extra] = parsed.positionals;
  if (service === undefined) throw new Error(`which service? ${usage}`);
  if (!isServiceName(service)) throw new Error(`unknown service '${service}': one of ${SERVICE_NAMES.join(', ')}\n${usage}`);
  if (extra.length > 0) throw new Error(`one service at a time (got ${[service, ...extra].join(', ')})\n${usage}`);
  if (parsed.values.port === undefined) return { service };
  const checked = port.safeParse(parsed.values.port);
  if (!checked.success) throw new Error(`--port must be a whole number from 1 to 65535 (got '${parsed.values.port}')`);
  return { service, port: checked.data };
}
