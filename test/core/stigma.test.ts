import { expect } from '@open-wc/testing';
import {
  compareAnswers,
  compareTally,
  emptyTally,
  groupMean,
  loadState,
  localDate,
  parseCount,
  round1,
  saveState,
  stepsOf,
  supportiveness,
  tallyCsv,
  tallyJson,
  unanswered,
  type Tally,
} from '../../src/core/stigma.js';
import type { StigmaPack } from '../../src/core/types.js';
import { stigmaPack } from './kinds.fixtures.js';

/** Three statements: a1 blames the child (disagree is supportive), a2 supports it (agree), a3 blames again. */
function pack3(): StigmaPack {
  const p = stigmaPack();
  p.attitudeCheck.items.push({ id: 'a3', statement: 'Keluarga sebaiknya menutupi kasus.', supportive: 'disagree' });
  return p;
}
const close = (actual: number | undefined, expected: number) => expect(actual).to.be.closeTo(expected, 1e-9);

describe('stigma: supportiveness', () => {
  it('is the answer for "agree" statements and 6 − answer for "disagree" ones: 5 is always the most supportive', () => {
    const [blame, support] = stigmaPack().attitudeCheck.items;
    expect([1, 2, 3, 4, 5].map((a) => supportiveness(blame!, a))).to.deep.equal([5, 4, 3, 2, 1]);
    expect([1, 2, 3, 4, 5].map((a) => supportiveness(support!, a))).to.deep.equal([1, 2, 3, 4, 5]);
  });
});

describe('stigma: one person before and after (checked by hand)', () => {
  it('per statement and overall, the change being the difference of the numbers shown', () => {
    const p = pack3();
    // before: a1 "agree" (4) → 2; a2 "disagree" (2) → 2; a3 "unsure" (3) → 3. Mean 7/3 = 2.33…, shown 2.3.
    // after:  a1 "strongly disagree" (1) → 5; a2 "strongly agree" (5) → 5; a3 "disagree" (2) → 4. Mean 14/3 = 4.66…, shown 4.7.
    const r = compareAnswers(p, { a1: 4, a2: 2, a3: 3 }, { a1: 1, a2: 5, a3: 2 });
    expect(r.items).to.deep.equal([
      { before: 2, after: 5, change: 3 },
      { before: 2, after: 5, change: 3 },
      { before: 3, after: 4, change: 1 },
    ]);
    close(r.overall.before, 7 / 3);
    close(r.overall.after, 14 / 3);
    // Shown: 2,3 → 4,7, so the change shown is +2,4 (not the +2,3 of the unrounded means).
    expect(r.overall.change).to.equal(2.4);
  });

  it('a lower score after is a negative change; no "after" yet is no change at all', () => {
    const p = pack3();
    const r = compareAnswers(p, { a1: 1, a2: 5, a3: 1 }, { a1: 2, a2: 5, a3: 1 });
    expect(r.items[0]).to.deep.equal({ before: 5, after: 4, change: -1 });
    expect(r.items[1]!.change).to.equal(0);
    expect(round1(r.overall.before!)).to.equal(5);
    expect(r.overall.change).to.equal(-0.3); // 4,7 − 5,0
    const none = compareAnswers(p, { a1: 1, a2: 5, a3: 1 }, {});
    expect(none.overall).to.deep.equal({ before: 5, after: undefined, change: undefined });
    expect(none.items[0]).to.deep.equal({ before: 5, after: undefined, change: undefined });
  });

  it('lists the statements still without an answer, in pack order', () => {
    expect(unanswered(pack3(), { a2: 3 }).map((it) => it.id)).to.deep.equal(['a1', 'a3']);
    expect(unanswered(pack3(), { a1: 1, a2: 3, a3: 5 })).to.deep.equal([]);
  });
});

describe('stigma: rounding as shown', () => {
  it('rounds half up as a person reads the number, not as its binary form would', () => {
    expect((51 / 20).toFixed(1)).to.equal('2.5'); // 2.5499999… in binary
    expect(round1(51 / 20)).to.equal(2.6);
    expect(round1((4.5 + 4.6) / 2)).to.equal(4.6);
    expect([1, 7 / 3, 14 / 3, 3.25, 3.249].map(round1)).to.deep.equal([1, 2.3, 4.7, 3.3, 3.2]);
  });
});

describe('stigma: a village tally (checked by hand)', () => {
  const tally = (): Tally => ({
    before: { a1: [1, 2, 3, 4, 0], a2: [0, 0, 5, 5, 0] },
    after: { a1: [6, 3, 1, 0, 0], a2: [0, 0, 0, 3, 7] },
  });

  it('the group mean of a statement is Σ(count × supportiveness) / Σcount; no counts is no data, not 0', () => {
    const [a1, a2, a3] = pack3().attitudeCheck.items;
    // a1 blames: answers 1…5 weigh 5,4,3,2,1 → (1·5 + 2·4 + 3·3 + 4·2 + 0·1) / 10 = 30 / 10.
    close(groupMean(a1!, [1, 2, 3, 4, 0]), 3);
    // a1 after: (6·5 + 3·4 + 1·3) / 10 = 45 / 10.
    close(groupMean(a1!, [6, 3, 1, 0, 0]), 4.5);
    // a2 supports: answers weigh 1…5 → (5·3 + 5·4) / 10 and (3·4 + 7·5) / 10.
    close(groupMean(a2!, [0, 0, 5, 5, 0]), 3.5);
    close(groupMean(a2!, [0, 0, 0, 3, 7]), 4.7);
    expect(groupMean(a3!, [0, 0, 0, 0, 0])).to.equal(undefined);
  });

  it('per statement and overall (the mean of the statements counted), with the change', () => {
    const r = compareTally(pack3(), tally());
    expect(r.items[0]).to.deep.equal({ before: 3, after: 4.5, change: 1.5 });
    close(r.items[1]!.before, 3.5);
    close(r.items[1]!.after, 4.7);
    expect(r.items[1]!.change).to.equal(1.2);
    expect(r.items[2]).to.deep.equal({ before: undefined, after: undefined, change: undefined });
    // Overall: before (3 + 3.5) / 2 = 3.25 → 3,3; after (4.5 + 4.7) / 2 = 4.6; change 4.6 − 3.3 = 1.3.
    close(r.overall.before, 3.25);
    close(r.overall.after, 4.6);
    expect(r.overall.change).to.equal(1.3);
  });

  it('gives no overall change while the statements counted before and after differ', () => {
    const t = tally();
    t.before.a3 = [0, 0, 0, 0, 2];
    const r = compareTally(pack3(), t);
    expect(r.overall.change).to.equal(undefined);
    close(r.overall.before, (3 + 3.5 + 1) / 3);
    close(r.overall.after, 4.6);
    expect(compareTally(pack3(), emptyTally()).overall).to.deep.equal({ before: undefined, after: undefined, change: undefined });
  });

  it('reads a typed count: a whole number 0 or more, an empty field being 0, else why not', () => {
    expect(['', ' ', '0', '3', ' 12 ', '+4', '3.0'].map(parseCount)).to.deep.equal([0, 0, 0, 3, 12, 4, 3]);
    expect(['-2', '-0.5'].map(parseCount)).to.deep.equal(['negative', 'negative']);
    expect(['1.5', '1,5', '0.1'].map(parseCount)).to.deep.equal(['whole', 'whole', 'whole']);
    expect(['abc', '1e3', '3 4', '--1', '1.2.3', 'NaN', 'Infinity'].map(parseCount)).to.deep.equal(Array(7).fill('number'));
    expect(parseCount('99999999999999999999')).to.equal('whole'); // not a safe integer
  });
});

describe('stigma: screens', () => {
  it('alone: intro, the check, myths, each scenario, words, the check again, results', () => {
    const p = pack3();
    p.scenarios.push({ ...p.scenarios[0]!, id: 'r2' });
    expect(stepsOf(p, false).map((s) => `${s.part}${s.item}`)).to.deep.equal([
      'intro0', 'before0', 'myths0', 'scenarios0', 'scenarios1', 'language0', 'after0', 'results0',
    ]);
  });

  it('in a village session: a screen for every statement, myth and pair of words', () => {
    const steps = stepsOf(pack3(), true).map((s) => `${s.part}${s.item}`);
    expect(steps).to.deep.equal([
      'intro0', 'before0', 'before1', 'before2', 'myths0', 'scenarios0', 'language0', 'language1', 'after0', 'after1', 'after2', 'results0',
    ]);
  });
});

describe('stigma: what is kept on the device', () => {
  it('keeps answers, counts and the screen with the pack version, and nothing else', () => {
    const p = pack3();
    const json = saveState(p, { step: 3, before: { a1: 2 }, after: {} });
    expect(JSON.parse(json)).to.deep.equal({ v: '1.0.0', step: 3, before: { a1: 2 }, after: {} });
    expect(loadState(json, p, false)).to.deep.equal({ step: 3, before: { a1: 2 }, after: {} });
    const t = saveState(p, { step: 1, tally: { before: { a1: [0, 1, 2, 3, 4] }, after: {} } });
    expect(loadState(t, p, true)).to.deep.equal({ step: 1, tally: { before: { a1: [0, 1, 2, 3, 4] }, after: {} } });
  });

  it('refuses what was tampered with or made for another version', () => {
    const p = pack3();
    const ok = { v: '1.0.0', step: 0, before: {}, after: {} };
    const bad = [
      '',
      'null',
      '[]',
      JSON.stringify({ ...ok, v: '2.0.0' }),
      JSON.stringify({ ...ok, step: -1 }),
      JSON.stringify({ ...ok, step: 1.5 }),
      JSON.stringify({ ...ok, before: { a1: 6 } }),
      JSON.stringify({ ...ok, before: { a1: 0 } }),
      JSON.stringify({ ...ok, before: { a1: '3' } }),
      JSON.stringify({ ...ok, after: { zz: 3 } }),
      '{"v":"1.0.0","step":0,"before":{},"after":{"__proto__":3}}',
      JSON.stringify({ ...ok, after: [] }),
      JSON.stringify({ v: '1.0.0', step: 0, before: {} }),
    ];
    for (const b of bad) expect(loadState(b, p, false), b).to.equal(undefined);
    const tally = (x: unknown) => JSON.stringify({ v: '1.0.0', step: 0, tally: { before: { a1: x }, after: {} } });
    for (const x of [[1, 2, 3, 4], [1, 2, 3, 4, -1], [1, 2, 3, 4, 0.5], [1, 2, 3, 4, '5'], 'x', null]) {
      expect(loadState(tally(x), p, true), JSON.stringify(x)).to.equal(undefined);
    }
    // Answers are not a tally, and a tally is not answers.
    expect(loadState(JSON.stringify(ok), p, true)).to.equal(undefined);
  });
});

describe('stigma: the anonymous export', () => {
  const t: Tally = { before: { a1: [1, 2, 3, 4, 0] }, after: { a1: [6, 3, 1, 0, 0] } };

  it('CSV: a header, one row per statement and phase, counts, totals and means, and no more than the date', () => {
    const p = pack3();
    const csv = tallyCsv(p, t, '2026-12-01');
    const rows = csv.trimEnd().split('\r\n');
    expect(rows).to.have.length(1 + 3 * 2);
    expect(rows[0]).to.equal(
      '"pack_id","pack_version","lang","date","statement_id","statement","supportive","phase","count_1","count_2","count_3","count_4","count_5","total","mean_supportiveness"',
    );
    expect(rows[1]).to.equal(
      '"dukung-bukan-stigma","1.0.0","id","2026-12-01","a1","Anak yang mengalami kekerasan ikut bersalah.","disagree","before","1","2","3","4","0","10","3.00"',
    );
    expect(rows[2]).to.contain('"after","6","3","1","0","0","10","4.50"');
    expect(rows[5]).to.equal(
      '"dukung-bukan-stigma","1.0.0","id","2026-12-01","a3","Keluarga sebaiknya menutupi kasus.","disagree","before","0","0","0","0","0","0",""',
    );
  });

  it('CSV: pack text cannot become a spreadsheet formula, and quotes stay inside their cell', () => {
    const p = pack3();
    p.attitudeCheck.items[0]!.statement = '=HYPERLINK("http://x","klik")';
    p.attitudeCheck.items[1]!.statement = '@SUM(1)';
    p.attitudeCheck.items[2]!.statement = '-1+2';
    const csv = tallyCsv(p, t, '2026-12-01');
    expect(csv).to.contain(`"'=HYPERLINK(""http://x"",""klik"")"`);
    expect(csv).to.contain(`"'@SUM(1)"`);
    expect(csv).to.contain(`"'-1+2"`);
  });

  it('JSON: the pack, the date, the scale and the counts per statement — no device, no time of day', () => {
    const p = pack3();
    const doc = JSON.parse(tallyJson(p, t, '2026-12-01'));
    expect(Object.keys(doc)).to.deep.equal(['format', 'pack', 'date', 'scale', 'statements']);
    expect(doc.pack).to.deep.equal({ id: 'dukung-bukan-stigma', version: '1.0.0', lang: 'id' });
    expect(doc.date).to.equal('2026-12-01');
    expect(doc.statements[0]).to.deep.equal({
      id: 'a1',
      statement: 'Anak yang mengalami kekerasan ikut bersalah.',
      supportive: 'disagree',
      before: { counts: [1, 2, 3, 4, 0], total: 10, meanSupportiveness: 3 },
      after: { counts: [6, 3, 1, 0, 0], total: 10, meanSupportiveness: 4.5 },
    });
    expect(doc.statements[2].before).to.deep.equal({ counts: [0, 0, 0, 0, 0], total: 0, meanSupportiveness: null });
  });

  it('the date is the local calendar day, YYYY-MM-DD', () => {
    expect(localDate(new Date(2026, 0, 5, 23, 59))).to.equal('2026-01-05');
    expect(localDate()).to.match(/^\d{4}-\d{2}-\d{2}$/);
  });
});
