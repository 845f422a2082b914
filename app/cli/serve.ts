/**
 * `npm run serve -- <service> [--port N]`: one Looma service alone, the gateway or a subgraph, as a
 * deployment runs it (docker-compose, the image). It runs that service's entry module as the main
 * script, as `node <entry>` would, so each service's standalone start-up stays in its own index.ts;
 * `--port` sets the service's port variable (`TALENT_PORT`, ...) before the configuration is read.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runMain } from '../../platform/main.ts';
import { parseServeArgs, portVariable, SERVICE_ENTRIES } from './serve-args.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

await runMain(async () => {
  const { service, port } = parseServeArgs(process.argv.slice(2));
  if (port !== undefined) process.env[portVariable(service)] = String(port);
  const entry = path.join(ROOT, SERVICE_ENTRIES[service]);
  // The entry starts its service only when it is the main script (platform/main.ts isMain).
  process.argv.splice(1, Infinity, entry);
  await import(pathToFileURL(entry).href);
});
