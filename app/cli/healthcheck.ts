/**
 * `node app/cli/healthcheck.ts [port]`: the image's HEALTHCHECK. Exits 0 when the service of this
 * container answers /health: the one on `port`, or else whichever Looma service listens on its
 * configured port (`*_PORT`; a container runs exactly one, the one `npm run serve -- <service>` started).
 * No store is touched: /ready is for load balancers, this only says the process serves.
 */
import { loadConfig } from '../../platform/config.ts';

const TIMEOUT_MS = 2_000;

async function answersHealth(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(TIMEOUT_MS) });
    return response.ok;
  } catch {
    return false;
  }
}

const given = process.argv[2];
const ports = given ? [Number(given)] : [...new Set(Object.values(loadConfig().ports))];
const answers = await Promise.all(ports.map(answersHealth));
process.exit(answers.some(Boolean) ? 0 : 1);
