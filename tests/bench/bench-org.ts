/**
 * The organisation a gateway benchmark measures with (bench:gateways, bench:gateway-memory): signed
 * up through the gateway, `talents` demo talents imported, and `callers` sessions of its admin, each
 * a token of its own so that no gateway can merge one caller's in-flight requests. Login is limited
 * by address, so each session logs in from an address of its own (`x-forwarded-for`, which the
 * benchmark stacks trust from 127.0.0.1).
 */
import { generateDemoTalents } from '../../data/seed/demo-data.ts';
import { createLoomaClient, ImportTalentsDocument, LoginDocument, SignUpDocument } from '../../sdk/client.ts';

export interface BenchOrganisationOptions {
  /** Names the organisation and the admin's e-mail domain. */
  label: string;
  talents: number;
  callers: number;
  /** The second octet of the 10.x.y.z addresses the sessions log in from (one benchmark, one range). */
  subnet: number;
}

/** Returns the callers' access tokens; the first is the sign-up's own (the admin who imported). */
export async function benchOrganisation(gatewayUrl: string, options: BenchOrganisationOptions): Promise<string[]> {
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const email = `admin-${suffix}@${options.label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.looma.dev`;
  const password = `${options.label}-benchmark-password`;
  const from = (address: string) =>
    createLoomaClient({
      url: gatewayUrl,
      fetch: (input, init) =>
        fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), 'x-forwarded-for': address } }),
    });
  const { signUp } = await from(`10.${options.subnet}.0.1`).request(SignUpDocument, {
    input: { orgName: `${options.label} ${suffix}`, email, password, name: 'Bench Admin' },
  });
  const rows = generateDemoTalents(options.talents).map((talent, i) => ({ ...talent, source: 'bench', externalId: String(i) }));
  const admin = createLoomaClient({ url: gatewayUrl, token: signUp.accessToken });
  const { importTalents } = await admin.request(ImportTalentsDocument, { rows });
  if (importTalents.errors > 0) throw new Error(`importTalents refused ${importTalents.errors} rows`);
  const tokens = [signUp.accessToken];
  for (let i = 1; i < options.callers; i++) {
    const { login } = await from(`10.${options.subnet}.1.${i}`).request(LoginDocument, { email, password });
    tokens.push(login.accessToken);
  }
  return tokens;
}
