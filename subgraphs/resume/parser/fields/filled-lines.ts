/**
 * The index of the next line with text after each line (`lines.length` where there is none), found once from the end.
 * A PDF leaves blank lines between the parts of a wrapped name or range; a search down from each line would cost the
 * square of them.
 */
export function nextFilledLines(lines: readonly string[]): number[] {
  const next: number[] = [];
  for (let i = lines.length - 1, below = lines.length; i >= 0; i--) {
    next[i] = below;
    if (lines[i]!.trim()) below = i;
  }
  return next;
}
