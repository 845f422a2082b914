import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('the gateway memory settings', () => {
  it('bounds the gateway document caches at 1,000 operations unless GATEWAY_DOCUMENT_CACHE_ENTRIES says otherwise', () => {
    expect(loadConfig({}).gateway.documentCacheEntries).toBe(1_000);
    expect(loadConfig({ GATEWAY_DOCUMENT_CACHE_ENTRIES: '250' }).gateway.documentCacheEntries).toBe(250);
  });

  it('stops on a bound that is not a whole number of at least 10, naming the variable', () => {
    for (const value of ['0', '5', '2.5', 'many']) {
      expect(() => loadConfig({ GATEWAY_DOCUMENT_CACHE_ENTRIES: value })).toThrow(ConfigError);
      expect(() => loadConfig({ GATEWAY_DOCUMENT_CACHE_ENTRIES: value })).toThrow(/GATEWAY_DOCUMENT_CACHE_ENTRIES/);
    }
  });

  it("accepts NODE_OPTIONS, which Node reads itself (docker-compose.yml sizes the gateway's V8 heap with it)", () => {
    expect(() => loadConfig({ NODE_OPTIONS: '--max-semi-space-size=8 --max-old-space-size=256' })).not.toThrow();
  });
});
