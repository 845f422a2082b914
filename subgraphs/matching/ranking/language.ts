import type { MatchLanguage } from '../scoring/types.ts';

/**
 * The viewer's language from an `Accept-Language` header: its most preferred tag (highest `q`, the
 * first among equals) starting with `zh` → Chinese, anything else (or none) → English.
 */
export function matchLanguage(header: string | null | undefined): MatchLanguage {
  if (!header) return 'en';
  let best: { tag: string; q: number } | null = null;
  for (const part of header.split(',')) {
    const [rawTag, ...params] = part.trim().split(';');
    const tag = rawTag?.trim().toLowerCase() ?? '';
    if (!tag) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { tag, q };
  }
  return best?.tag.startsWith('zh') ? 'zh' : 'en';
}
