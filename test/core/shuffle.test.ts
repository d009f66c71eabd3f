import { expect } from '@open-wc/testing';
import { mulberry32, shuffle, toSeed } from '../../src/core/shuffle.js';

const letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

describe('shuffle', () => {
  it('is deterministic for a seed, and seeds differ', () => {
    expect(shuffle(letters, 42)).to.deep.equal(shuffle(letters, 42));
    expect(shuffle(letters, 'quiz:q4')).to.deep.equal(shuffle(letters, 'quiz:q4'));
    const orders = new Set([1, 2, 3, 4, 5, 6].map((s) => shuffle(letters, s).join('')));
    expect(orders.size).to.be.greaterThan(1);
  });

  it('keeps every item and does not change the input', () => {
    const input = [...letters];
    const out = shuffle(input, 7);
    expect(input).to.deep.equal(letters);
    expect(out).to.not.equal(input);
    expect([...out].sort()).to.deep.equal(letters);
  });

  it('deranges on request: no item stays in place', () => {
    for (let seed = 0; seed < 300; seed++) {
      for (const n of [2, 3, 4, 7]) {
        const out = shuffle(letters.slice(0, n), seed, { derange: true });
        out.forEach((x, i) => expect(x, `seed ${seed}, n ${n}`).to.not.equal(letters[i]));
      }
    }
    expect(shuffle(['x', 'y'], 'any', { derange: true })).to.deep.equal(['y', 'x']);
  });

  it('handles 0 and 1 items', () => {
    expect(shuffle([], 1, { derange: true })).to.deep.equal([]);
    expect(shuffle(['only'], 1, { derange: true })).to.deep.equal(['only']);
  });

  it('reaches every derangement of three items', () => {
    const seen = new Set<string>();
    for (let s = 0; s < 100; s++) seen.add(shuffle(['a', 'b', 'c'], s, { derange: true }).join(''));
    expect([...seen].sort()).to.deep.equal(['bca', 'cab']);
  });

  it('seeds from strings and numbers, and yields numbers in [0, 1)', () => {
    expect(toSeed('abc')).to.equal(toSeed('abc'));
    expect(toSeed('abc')).to.not.equal(toSeed('abd'));
    expect(toSeed(-1)).to.equal(0xffffffff);
    const r = mulberry32(1);
    for (let i = 0; i < 1000; i++) {
      const x = r();
      expect(x >= 0 && x < 1).to.equal(true);
    }
  });
});
