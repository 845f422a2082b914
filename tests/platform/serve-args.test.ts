import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../platform/config.ts';
import { parseServeArgs, portVariable, SERVICE_ENTRIES, SERVICE_NAMES } from '../../app/cli/serve-args.ts';

describe('npm run serve arguments', () => {
  it('knows every service the configuration gives a port, each with an entry module that starts it alone', () => {
    expect([...SERVICE_NAMES].sort()).toEqual(Object.keys(loadConfig({}).ports).sort());
    for (const [service, entry] of Object.entries(SERVICE_ENTRIES)) {
      const source = fs.readFileSync(entry, 'utf8');
      expect(source, `${entry} starts ${service} only as the main script`).toMatch(
        /runStandalone\(import\.meta\.url|isMain\(import\.meta\.url\)/,
      );
    }
  });

  it('reads a service and an optional port', () => {
    expect(parseServeArgs(['gateway'])).toEqual({ service: 'gateway' });
    expect(parseServeArgs(['talent', '--port', '9001'])).toEqual({ service: 'talent', port: 9001 });
    expect(parseServeArgs(['--port=9002', 'resume'])).toEqual({ service: 'resume', port: 9002 });
    expect(portVariable('search')).toBe('SEARCH_PORT');
  });

  it('refuses a missing, unknown or second service, naming the services it knows', () => {
    expect(() => parseServeArgs([])).toThrow(
      /which service\? usage: npm run serve -- <gateway\|talent\|ops\|identity\|search\|resume\|matching\|chat> \[--port N\]/,
    );
    expect(() => parseServeArgs(['notifications'])).toThrow(
      /unknown service 'notifications': one of gateway, talent, ops, identity, search, resume, matching, chat/,
    );
    expect(() => parseServeArgs(['__proto__'])).toThrow(/unknown service '__proto__'/);
    expect(() => parseServeArgs(['talent', 'ops'])).toThrow(/one service at a time \(got talent, ops\)/);
  });

  it('refuses a port that is not a whole number from 1 to 65535, and options it does not know', () => {
    for (const bad of ['0', '65536', '80.5', 'http', '']) {
      expect(() => parseServeArgs(['ops', '--port', bad]), bad).toThrow(`--port must be a whole number from 1 to 65535 (got '${bad}')`);
    }
    expect(() => parseServeArgs(['ops', '--port'])).toThrow(/--port/);
    expect(() => parseServeArgs(['ops', '--port', '-1'])).toThrow(/--port/);
    expect(() => parseServeArgs(['ops', '--host', 'x'])).toThrow(/Unknown option '--host'[\s\S]*usage: npm run serve/);
  });
});
