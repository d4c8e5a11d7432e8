import { createHash } from 'node:crypto';

/** One part of a split audit: part `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** Reads "K/N" (1 ≤ K ≤ N); undefined when it is not that. */
export function parseShard(text: string): Shard | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return undefined;
  const index = Number(match[1]);
  const count = Number(match[2]);
  return index >= 1 && index <= count ? { index, count } : undefined;
}

/** The shard (1-based) a key belongs to: a hash of it, so that one host's URLs (or one record's contacts) stay on one runner. */
export function shardOf(key: string, count: number): number {
  const digest = createHash('sha256').update(key.toLowerCase()).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

/** Whether a URL is checked by the given shard (every URL is, without one). */
export function inShard(url: string, shard: Shard | undefined): boolean {
  if (!shard) return true;
  const host = URL.canParse(url) ? new URL(url).hostname : url;
  return shardOf(host, shard.count) === shard.index;
}
