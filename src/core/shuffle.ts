/**
 * Seeded shuffling. A quiz must show the same order after a reload (the seed is kept in its progress), and a
 * test must be able to predict it, so nothing here uses Math.random.
 */

/** A string or number as a 32-bit unsigned seed (FNV-1a for strings). */
export function toSeed(seed: number | string): number {
  if (typeof seed === 'number') return Number.isFinite(seed) ? Math.trunc(seed) >>> 0 : 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** mulberry32: tiny, fast, good enough to shuffle a handful of items (not for anything secret). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface ShuffleOptions {
  /**
   * No item may stay at its original index (when there are ≥ 2). For ordering and matching, whose data lists the
   * answer: an order that is already partly right would hand out points for doing nothing.
   */
  derange?: boolean;
}

/** A shuffled copy of `items`; the same seed gives the same order. `items` is not changed. */
export function shuffle<T>(items: readonly T[], seed: number | string, options: ShuffleOptions = {}): T[] {
  const n = items.length;
  const random = mulberry32(toSeed(seed));
  // Rejection sampling keeps every derangement equally likely; about e ≈ 2.7 tries are needed on average.
  for (let attempt = 0; attempt < 64; attempt++) {
    const idx = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [idx[i], idx[j]] = [idx[j]!, idx[i]!];
    }
    if (!options.derange || n < 2 || idx.every((from, to) => from !== to)) return idx.map((i) => items[i]!);
  }
  // Practically unreachable; a rotation by one is always a derangement.
  return [...items.slice(1), items[0]!];
}
