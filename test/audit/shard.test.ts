import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inShard, parseShard, shardOf } from '../../scripts/audit/shard.js';

const host = fc.stringMatching(/^[a-z][a-z0-9]{0,11}(?:\.[a-z0-9]{1,8})?\.[a-z]{2,6}$/);

describe('sharding', () => {
  it('reads K/N and refuses anything else', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard('0/4')).toBeUndefined();
    expect(parseShard('5/4')).toBeUndefined();
    expect(parseShard('1-4')).toBeUndefined();
  });

  it('property: every URL is in exactly one shard, the same on every call, and all URLs of a host share it', () => {
    fc.assert(
      fc.property(host, fc.array(fc.stringMatching(/^\/[a-z0-9/]{0,20}$/), { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 12 }), (name, paths, count) => {
        const shards = paths.map((path) => Array.from({ length: count }, (_, k) => k + 1).filter((index) => inShard(`https://${name}${path}`, { index, count })));
        for (const owners of shards) expect(owners).toHaveLength(1);
        expect(new Set(shards.map((s) => s[0])).size).toBe(1);
        expect(shardOf(name, count)).toBe(shards[0]![0]);
      }),
    );
  });

  it('spreads hosts over the shards', () => {
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 400; i++) counts[shardOf(`host${i}.org`, 4) - 1]!++;
    for (const n of counts) expect(n).toBeGreaterThan(60);
  });

  it('does not depend on the case of the host name', () => {
    expect(shardOf('WWW.Example.ORG', 7)).toBe(shardOf('www.example.org', 7));
  });
});
