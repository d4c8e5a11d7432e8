import { distance } from 'fastest-levenshtein';

/** The candidate nearest to `input` when it is close enough to be a likely typo. */
export function nearest(input: string, candidates: readonly string[]): string | undefined {
  const needle = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(needle, candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  const tolerance = Math.max(2, Math.floor(needle.length / 3));
  return best !== undefined && bestDistance <= tolerance ? best : undefined;
}

/** "a, b, c" for short lists, or the first ones and a count. */
export function listWords(words: readonly string[], max = 12): string {
  return words.length <= max ? words.join(', ') : `${words.slice(0, max).join(', ')} and ${words.length - max} more`;
}
