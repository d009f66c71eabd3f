// The collaboration check's core: response codes (compact, checksummed, bound to the pack, its version and the
// round), reading codes out of a pasted WhatsApp chat, the group's medians and spreads, and the training results'
// aggregate — every number checked against a computation written out by hand below.
import { expect } from '@open-wc/testing';
import type { CollaborationCheckPack } from '../../src/core/types.js';
import type { TrainingResult } from '../../src/core/training-result.js';
import { decodeResponse, encodeResponse, readCodes } from '../../src/core/collaboration.js';
import { dimensionResults, quantile, readRound, roundCsv, roundExport, weakest } from '../../src/core/collaboration-results.js';
import { mergeResults, readResults, summarize } from '../../src/core/training-summary.js';

const pack = (await (await fetch('/test/fixtures/collab-mini.json')).json()) as CollaborationCheckPack;
const big = (await (await fetch('/content/collaboration-check/forum-ppa.id.json')).json()) as CollaborationCheckPack;
const ans = (a: number[]) => Object.fromEntries(pack.items.map((it, i) => [it.id, a[i]!]));
/** Five members' answers to a1, a2, b1, c1. */
export const MEMBERS = [
  [1, 2, 5, 3],
  [3, 3, 4, 4],
  [4, 5, 1, 2],
  [2, 2, 3, 5],
  [5, 4, 1, 4],
];

describe('collaboration core: response codes', () => {
  it('round-trips answers through a short code of easy characters', () => {
    const code = encodeResponse(pack, '2026-12', ans(MEMBERS[0]!), () => 12345);
    expect(code).to.match(/^AMAN(-[0-9A-HJKMNP-TV-Z]{1,4})+$/);
    // 40 bits of header, 4 × 3 of answers, 15 random, 10 checksum = 77 bits → 16 characters.
    expect(code.replace(/^AMAN|-/g, '')).to.have.length(16);
    expect(decodeResponse(pack, '2026-12', code)).to.deep.equal({ code, answers: MEMBERS[0] });
    // Typed by hand: lower case, spaces for dashes, O for 0 and l for 1 are forgiven.
    const typed = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(decodeResponse(pack, '2026-12', typed)).to.deep.equal({ code, answers: MEMBERS[0] });
  });

  it('24+ statements still fit a code one can read aloud (≤ 45 characters)', () => {
    const all = Object.fromEntries(big.items.map((it) => [it.id, 3]));
    expect(big.items.length).to.be.at.least(24);
    expect(encodeResponse(big, '2026-12', all).replace(/^AMAN|-/g, '').length).to.be.at.most(45);
  });

  it('two members with the same answers send two different codes', () => {
    const a = encodeResponse(pack, 'r', ans(MEMBERS[1]!));
    const b = encodeResponse(pack, 'r', ans(MEMBERS[1]!));
    expect(a).not.to.equal(b);
  });

  it('refuses a mistyped code, another pack, another version, another round, and an unanswered statement', () => {
    const code = encodeResponse(pack, '2026-12', ans(MEMBERS[0]!), () => 7);
    const last = code.at(-1)!;
    const typo = code.slice(0, -1) + (last === 'A' ? 'B' : 'A');
    expect(decodeResponse(pack, '2026-12', typo)).to.have.property('problem', 'checksum');
    expect(decodeResponse(pack, '2026-12', code.slice(0, -2))).to.have.property('problem', 'checksum');
    expect(decodeResponse(pack, '2026-11', code)).to.have.property('problem', 'round');
    expect(decodeResponse({ ...pack, id: 'other' }, '2026-12', code)).to.have.property('problem', 'pack');
    expect(decodeResponse({ ...pack, version: '2.0.0' }, '2026-12', code)).to.have.property('problem', 'version');
    expect(decodeResponse(pack, '2026-12', 'AMAN-hello!')).to.have.property('problem', 'format');
    expect(() => encodeResponse(pack, 'r', { a1: 3 })).to.throw(RangeError);
  });

  it('finds the codes in a WhatsApp chat export, and refuses one twice', () => {
    const c = MEMBERS.map((m, i) => encodeResponse(pack, '2026-12', ans(m), () => i));
    const chat = [
      `01/12/26 09.15 - Rina: ${c[0]}`,
      `01/12/26 09.16 - Rina: sudah aman ya, aman-aman saja`,
      `01/12/26 09.17 - Tono: ini kode saya ${c[1]} terima kasih`,
      c[2],
      `01/12/26 09.20 - Rina: ${c[0]}`,
    ].join('\n');
    const read = readCodes(pack, '2026-12', chat, new Set([c[2]!]));
    expect(read).to.deep.equal([
      { code: c[0], answers: MEMBERS[0] },
      { code: c[1], answers: MEMBERS[1] },
      { code: c[2], problem: 'duplicate' },
      { code: c[0], problem: 'duplicate' },
    ]);
  });
});

describe('collaboration core: the group picture', () => {
  it('quantiles interpolate between ranks (as QUARTILE.INC)', () => {
    expect(quantile([1, 2, 3, 4], 0.25)).to.equal(1.75);
    expect(quantile([1, 2, 3, 4], 0.5)).to.equal(2.5);
    expect(quantile([7], 0.75)).to.equal(7);
  });

  it('gives each dimension the median, min–max and quartiles of the members’ means (by hand)', () => {
    // info = mean(a1, a2): 1.5, 3, 4.5, 2, 4.5 → sorted 1.5 2 3 4.5 4.5: median 3, Q1 2, Q3 4.5
    // trust = b1: 5, 4, 1, 3, 1 → 1 1 3 4 5: median 3, Q1 1, Q3 4
    // feedback = c1: 3, 4, 2, 5, 4 → 2 3 4 4 5: median 4, Q1 3, Q3 4 (the 4th value)
    const r = dimensionResults(pack, MEMBERS);
    expect(r).to.deep.equal([
      { id: 'info', title: 'Informasi', median: 3, min: 1.5, max: 4.5, q1: 2, q3: 4.5 },
      { id: 'trust', title: 'Kepercayaan', median: 3, min: 1, max: 5, q1: 1, q3: 4 },
      { id: 'feedback', title: 'Umpan balik', median: 4, min: 2, max: 5, q1: 3, q3: 4 },
    ]);
    // Same median: the lower quartile decides.
    expect(weakest(r, 2).map((d) => d.id)).to.deep.equal(['trust', 'info']);
  });

  it('exports the aggregate only, and reads it back to compare', () => {
    const e = roundExport(pack, '2026-12', 5, dimensionResults(pack, MEMBERS), '2026-12-01');
    const json = JSON.stringify(e);
    expect(json).not.to.match(/AMAN-/);
    expect(readRound(pack, json)).to.deep.equal(e);
    expect(readRound({ ...pack, id: 'x' }, json)).to.equal('pack');
    expect(readRound(pack, '{"format":"x"}')).to.equal('format');
    expect(readRound(pack, 'not json')).to.equal('format');
    const csv = roundCsv(e, { ...e, round: '2026-06', dimensions: [{ ...e.dimensions[0]!, median: 2 }] });
    expect(csv.split('\r\n')[1]).to.equal('"forum-mini","1.0.0","2026-12","2026-12-01","5","info","Informasi","3","1.5","4.5","2","4.5","2026-06","2"');
  });
});

describe('collaboration core: training results', () => {
  it('reads one result, an array, and says what is not a result', async () => {
    const two = await (await fetch('/test/fixtures/training-results.json')).text();
    const one = await (await fetch('/test/fixtures/training-result-3.json')).text();
    expect(readResults(two)).to.deep.include({ bad: 0 });
    expect((readResults(one) as { results: unknown[] }).results).to.have.length(1);
    expect(readResults('[{"format":"other"}]')).to.deep.equal({ results: [], bad: 1 });
    expect(readResults('{')).to.equal('json');
  });

  it('counts per agency and role, averages competencies, and ranks the decisions gone wrong (by hand)', async () => {
    const two = (readResults(await (await fetch('/test/fixtures/training-results.json')).text()) as { results: TrainingResult[] }).results;
    const one = (readResults(await (await fetch('/test/fixtures/training-result-3.json')).text()) as { results: TrainingResult[] }).results;
    const m = mergeResults(mergeResults([], two).results, [...one, two[0]!]);
    expect(m.duplicates).to.equal(1);
    const s = summarize(m.results);
    expect(s.attempts).to.equal(3);
    expect(s.roles).to.deep.equal([
      { agency: 'education', role: 'Guru BK', completions: 2, passed: 1 },
      { agency: 'uptd-ppa', role: 'Manajer kasus', completions: 1, passed: 0 },
    ]);
    // consent: (4/5 + 1/5 + 5/5) / 3 = 2/3 → 66.7 %; handoff: (2/4 + 4/4) / 2 = 75 % (the 0/0 path is left out).
    expect(s.competencies).to.deep.equal([
      { id: 'consent', title: 'Persetujuan', attempts: 3, percent: 66.7 },
      { id: 'handoff', title: 'Serah terima', attempts: 2, percent: 75 },
    ]);
    // g2: wrong both times met; g1: once in three; g3: once in one.
    expect(s.wrong.map((w) => [w.sceneId, w.wrong, w.met])).to.deep.equal([['g2', 2, 2], ['g1', 1, 3], ['g3', 1, 1]]);
    expect(JSON.stringify(s)).not.to.contain('Sari');
  });
});
