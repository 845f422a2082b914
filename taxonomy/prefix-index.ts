/**
 * Values by string key, for longest-match lookups in a text: the keys sorted by UTF-16 code unit, so the keys that
 * start with a prefix are one range and a key equal to the prefix opens it. Walking a text narrows the range a
 * unit at a time, as a trie would, without a node object per character of every key (the skill taxonomy's terms
 * were half a million trie nodes, most of its start-up time and heap).
 */
export class PrefixIndex<T> {
  private readonly keys: string[];
  private readonly values: T[];
  /** The range of the keys that start with a code unit: [first, end). */
  private readonly byFirstUnit = new Map<number, [number, number]>();

  /** A key holding a character outside the BMP is left out: texts are walked a UTF-16 unit at a time (as before). */
  constructor(valuesByKey: ReadonlyMap<string, T>) {
    this.keys = [...valuesByKey.keys()].filter((key) => key.length > 0 && !SURROGATE_PAIR.test(key)).sort();
    this.values = this.keys.map((key) => valuesByKey.get(key)!);
    for (let k = 0; k < this.keys.length; k++) {
      const unit = this.keys[k]!.charCodeAt(0);
      const range = this.byFirstUnit.get(unit);
      if (range) range[1] = k + 1;
      else this.byFirstUnit.set(unit, [k, k + 1]);
    }
  }

  /** Each key that `text` holds at `start`, shortest first: `visit(end, value)`, end exclusive. */
  forEachKeyAt(text: string, start: number, visit: (end: number, value: T) => void): void {
    const first = this.byFirstUnit.get(text.charCodeAt(start));
    if (!first) return;
    const { keys } = this;
    // The keys in [lo, hi) start with text[start..j].
    let [lo, hi] = first;
    for (let j = start; j < text.length; j++) {
      const depth = j - start;
      if (depth > 0) {
        const unit = text.charCodeAt(j);
        lo = firstFrom(keys, lo, hi, depth, unit);
        hi = firstFrom(keys, lo, hi, depth, unit + 1);
        if (lo === hi) return;
      }
      if (keys[lo]!.length === depth + 1) visit(j + 1, this.values[lo]!);
    }
  }
}

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;

/** The unit of a key at a position, -1 past its end (a shorter key sorts first). */
const unitAt = (key: string, at: number) => (at < key.length ? key.charCodeAt(at) : -1);

/** The first k in [lo, hi) whose unit at `at` is `unit` or more (the keys there share their first `at` units). */
function firstFrom(keys: string[], lo: number, hi: number, at: number, unit: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (unitAt(keys[mid]!, at) < unit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
