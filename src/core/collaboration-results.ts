import { csv } from './csv.js';
import type { CollaborationCheckPack } from './types.js';

/**
 * The group's picture of a round of the collaboration check (the coordinator's board; codes are read by
 * ./collaboration.ts): per dimension the median and spread of the members' means, the weakest dimensions, and the
 * round's anonymous export that the next round loads to compare.
 */

/** The quantile `p` of sorted numbers, by linear interpolation between closest ranks (as QUARTILE.INC). */
export function quantile(sorted: readonly number[], p: number): number {
  const pos = (sorted.length - 1) * p;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** One dimension's result over the group: each member's mean over the dimension's statements, then their spread. */
export interface DimensionResult {
  id: string;
  title: string;
  median: number;
  min: number;
  max: number;
  q1: number;
  q3: number;
}

const r2 = (n: number): number => Math.round(n * 100) / 100;

/** Per dimension, in the pack's order: the group's median, min–max and interquartile range (rounded to 0.01). */
export function dimensionResults(pack: CollaborationCheckPack, responses: readonly (readonly number[])[]): DimensionResult[] {
  return pack.dimensions.map((d) => {
    const idx = pack.items.flatMap((it, i) => (it.dimension === d.id ? [i] : []));
    const means = responses.map((a) => idx.reduce((s, i) => s + a[i]!, 0) / idx.length).sort((x, y) => x - y);
    return {
      id: d.id,
      title: d.title,
      median: r2(quantile(means, 0.5)),
      min: r2(means[0]!),
      max: r2(means[means.length - 1]!),
      q1: r2(quantile(means, 0.25)),
      q3: r2(quantile(means, 0.75)),
    };
  });
}

/** The weakest dimensions: lowest median first, then the lower quartile, then the pack's order; at most `n`. */
export const weakest = (results: readonly DimensionResult[], n = 3): DimensionResult[] =>
  [...results].sort((a, b) => a.median - b.median || a.q1 - b.q1).slice(0, n);

/** What a round exports (and what the next round loads to compare): the aggregate only, no code, no answer. */
export const ROUND_FORMAT = 'aman-collaboration-round/1';

export interface RoundExport {
  format: typeof ROUND_FORMAT;
  pack: { id: string; version: string; lang: string; title: string };
  round: string;
  date: string;
  responses: number;
  dimensions: DimensionResult[];
}

export const roundExport = (pack: CollaborationCheckPack, round: string, n: number, dims: DimensionResult[], date: string): RoundExport => ({
  format: ROUND_FORMAT,
  pack: { id: pack.id, version: pack.version, lang: pack.lang, title: pack.title },
  round,
  date,
  responses: n,
  dimensions: dims,
});

/** A previous round's export, if `json` is one for this pack (by id); else the reason. */
export function readRound(pack: CollaborationCheckPack, json: string): RoundExport | 'format' | 'pack' {
  let r: Partial<RoundExport>;
  try {
    r = JSON.parse(json) as Partial<RoundExport>;
  } catch {
    return 'format';
  }
  if (r?.format !== ROUND_FORMAT || !Array.isArray(r.dimensions) || typeof r.round !== 'string') return 'format';
  if (r.pack?.id !== pack.id) return 'pack';
  const dims = r.dimensions.filter((d) => d && typeof d.id === 'string' && typeof d.median === 'number' && d.median >= 1 && d.median <= 5);
  return { ...(r as RoundExport), dimensions: dims };
}

/** The round as CSV (one row per dimension; the previous median when a round was loaded to compare). */
export function roundCsv(e: RoundExport, previous?: RoundExport): string {
  const rows: (string | number)[][] = [
    ['pack_id', 'pack_version', 'round', 'date', 'responses', 'dimension_id', 'dimension', 'median', 'min', 'max', 'q1', 'q3', 'previous_round', 'previous_median'],
  ];
  for (const d of e.dimensions) {
    const p = previous?.dimensions.find((x) => x.id === d.id);
    rows.push([e.pack.id, e.pack.version, e.round, e.date, e.responses, d.id, d.title, d.median, d.min, d.max, d.q1, d.q3, previous?.round ?? '', p?.median ?? '']);
  }
  return csv(rows);
}
