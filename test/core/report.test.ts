import { expect } from '@open-wc/testing';
import {
  NATIONAL,
  STEP_CONTACTS,
  groupContacts,
  isNationalContact,
  normalizePhone,
  planSteps,
  regionContacts,
  telHref,
  waHref,
} from '../../src/core/report.js';
import { exitDestination } from '../../src/elements/quick-exit/quick-exit.js';
import { validatePack } from '../../src/core/validate-all.js';
import type { RegionPack, ReportGuidePack } from '../../src/core/types.js';

const json = async <T = any>(path: string): Promise<T> => (await fetch(path)).json();

describe('planSteps: which steps, in which order', () => {
  it('puts 110/112 first when the child is in danger now, or the person is not sure', () => {
    expect(planSteps({ danger: 'yes' })).to.deep.equal(['emergency', 'sapa', 'local']);
    expect(planSteps({ danger: 'unsure' })[0]).to.equal('emergency');
    expect(planSteps({ danger: 'yes', recent: 'yes', role: 'parent' })).to.deep.equal([
      'emergency',
      'medical',
      'evidence',
      'trusted-adult',
      'sapa',
      'local',
    ]);
  });

  it('puts medical care first, then what to keep, when it happened recently (or it is not known when)', () => {
    expect(planSteps({ danger: 'no', recent: 'yes' })).to.deep.equal(['medical', 'evidence', 'sapa', 'local']);
    expect(planSteps({ recent: 'unsure' }).slice(0, 2)).to.deep.equal(['medical', 'evidence']);
    expect(planSteps({ recent: 'no' })).to.not.include('medical');
    // Longer ago: no evidence step, but the child's health is still checked (content review row 5).
    expect(planSteps({ recent: 'no' })).to.deep.equal(['checkup', 'sapa', 'local']);
  });

  it('always shows SAPA 129 and the local services, also with no answer at all', () => {
    expect(planSteps({})).to.deep.equal(['sapa', 'local']);
    expect(planSteps({ danger: 'no', recent: 'no', role: 'other' })).to.deep.equal(['checkup', 'sapa', 'local']);
  });

  it('tells a child to tell a trusted adult, a parent how to be that adult, and a teacher whom to tell at school', () => {
    expect(planSteps({ role: 'child' })).to.deep.equal(['trusted-adult', 'sapa', 'local']);
    expect(planSteps({ role: 'child', danger: 'yes' })).to.deep.equal(['emergency', 'trusted-adult', 'sapa', 'local']);
    expect(planSteps({ role: 'teacher' })).to.deep.equal(['school', 'sapa', 'local']);
    expect(planSteps({ role: 'parent' })).to.deep.equal(['trusted-adult', 'sapa', 'local']);
  });

  it('gives each step the numbers to call: national ones and the region\'s own services', async () => {
    const region = await json<RegionPack>('/test/fixtures/region-test.json');
    const numbers = (step: keyof typeof STEP_CONTACTS) => [
      ...(STEP_CONTACTS[step].national ?? []).map((n) => NATIONAL[n].phone),
      ...regionContacts(region, STEP_CONTACTS[step].types ?? []).map((c) => c.id),
    ];
    const steps = planSteps({ danger: 'yes', recent: 'yes', role: 'teacher' });
    expect(Object.fromEntries(steps.map((s) => [s, numbers(s)]))).to.deep.equal({
      emergency: ['110', '112'],
      medical: ['119', 'puskesmas'],
      evidence: [],
      school: ['tppk', 'uptd'],
      sapa: ['129'],
      local: ['uptd', 'polres'],
    });
  });
});

describe('phone links', () => {
  it('turns Indonesian numbers as people write them into tel:+62…', () => {
    expect(telHref('(0274) 123-456')).to.equal('tel:+62274123456');
    expect(telHref('0812-3456-7890')).to.equal('tel:+6281234567890');
    expect(telHref('+62 812 3456 7890')).to.equal('tel:+6281234567890');
    expect(telHref('6281234567890')).to.equal('tel:+6281234567890');
    expect(telHref(' 021.000.0001 ')).to.equal('tel:+62210000001');
  });

  it('dials short service numbers as they are', () => {
    expect(telHref('129')).to.equal('tel:129');
    expect(telHref('110')).to.equal('tel:110');
    expect(telHref('1500-771')).to.equal('tel:1500771');
  });

  it('makes WhatsApp links only for full numbers', () => {
    expect(waHref('08111-129-129')).to.equal('https://wa.me/628111129129');
    expect(waHref('+62 812-3456-7890')).to.equal('https://wa.me/6281234567890');
    expect(waHref('129')).to.equal(undefined);
  });

  it('refuses anything that is not a phone number', () => {
    for (const bad of ['', '   ', 'javascript:alert(1)', 'tel:129', '0000-0000', '00 62 812', '12', '0', '+', '()', '08123 ext 4', '0812345678901234567', '129; 110']) {
      expect(normalizePhone(bad), bad).to.equal(undefined);
      expect(telHref(bad), bad).to.equal(undefined);
      expect(waHref(bad), bad).to.equal(undefined);
    }
  });
});

describe('region contacts', () => {
  let region: RegionPack;
  before(async () => {
    region = await json<RegionPack>('/test/fixtures/region-test.json');
  });

  it('picks contacts by type, in the order asked, leaving out the national numbers', () => {
    expect(regionContacts(region, ['education', 'uptd-ppa']).map((c) => c.id)).to.deep.equal(['tppk', 'uptd']);
    expect(regionContacts(region, ['hotline'])).to.deep.equal([]); // only SAPA 129 there, shown by the guide itself
    expect(regionContacts(undefined, ['uptd-ppa'])).to.deep.equal([]);
    expect(isNationalContact({ id: 'x', type: 'hotline', name: 'x', phone: '+62 8111 129 129' })).to.equal(true);
    expect(isNationalContact({ id: 'x', type: 'uptd-ppa', name: 'x' })).to.equal(false);
  });

  it('groups every local contact by service, joint-response services first', () => {
    expect(groupContacts(region).map((g) => [g.type, g.contacts.map((c) => c.id)])).to.deep.equal([
      ['uptd-ppa', ['uptd']],
      ['police-ppa', ['polres']],
      ['health', ['puskesmas']],
      ['social', ['dinsos']],
      ['education', ['tppk']],
    ]);
  });
});

describe('the built-in packs', () => {
  it('national region packs show exactly the national numbers of FACTS.md, and no local number', async () => {
    for (const lang of ['id', 'en', 'jv']) {
      const p = await json<RegionPack>(`/content/region/nasional.${lang}.json`);
      expect(validatePack(p, 'region').ok, lang).to.equal(true);
      const numbers = p.contacts.flatMap((c) => [c.phone, c.whatsapp]).filter(Boolean).sort();
      expect(numbers, lang).to.deep.equal(['08111-129-129', '110', '112', '119', '129']);
      expect(p.contacts.filter((c) => c.phone === NATIONAL.sapa.phone)[0]?.whatsapp).to.equal(NATIONAL.sapa.whatsapp);
      // Every local service says how to find it instead of inventing a number.
      for (const c of p.contacts.filter((c) => ['uptd-ppa', 'police-ppa'].includes(c.type))) {
        expect(c.phone ?? c.whatsapp ?? c.address, `${lang} ${c.id}`).to.equal(undefined);
        expect(c.notes, `${lang} ${c.id}`).to.match(/\S/);
      }
    }
  });

  it('the default guide is valid in id, en and jv, with the same items and adult and child words everywhere', async () => {
    const packs = await Promise.all(['id', 'en', 'jv'].map((l) => json<ReportGuidePack>(`/content/report-guide/lapor.${l}.json`)));
    const shape = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(shape) : typeof v === 'object' && v ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === 'id' ? x : shape(x)])) : typeof v;
    for (const p of packs) {
      expect(validatePack(p, 'report-guide'), p.lang).to.deep.equal({ ok: true, pack: p });
      expect(shape(p)).to.deep.equal(shape(packs[0]));
      expect(p.stigma.text.adult).to.match(/aib keluarga/);
      expect(p.donts.items.find((i) => i.id === 'kekeluargaan')!.text.adult).to.match(/UU TPKS/);
    }
    // Children's words are shorter than adults' (every text has both).
    const words = (p: ReportGuidePack, who: 'adult' | 'child') =>
      Object.values(p.steps).reduce((n, s) => n + s.text[who].split(/\s+/).length, 0);
    for (const p of packs) expect(words(p, 'child'), p.lang).to.be.below(words(p, 'adult') * 0.6);
  });

  it('refuses a report-guide pack with a missing child text or a repeated id, naming the path', async () => {
    const p = await json('/content/report-guide/lapor.id.json');
    delete p.steps.medical.text.child;
    p.rights.items[1].id = p.rights.items[0].id;
    p.dos.items = [];
    const r = validatePack(p);
    expect(r.ok).to.equal(false);
    expect(!r.ok && r.problems.map((x) => [x.path, x.key])).to.deep.equal([
      ['steps.medical.text.child', 'required'],
      ['rights.items[1].id', 'duplicateId'],
      ['dos.items', 'minItems'],
    ]);
  });
});

describe('quick exit destination', () => {
  const page = 'https://dinas.example/lapor/panduan.html?x=1';
  it('goes to the host-chosen http(s) page, resolved against the page', () => {
    expect(exitDestination('https://cuaca.example/', page)).to.equal('https://cuaca.example/');
    expect(exitDestination('/berita', page)).to.equal('https://dinas.example/berita');
  });
  it('goes to about:blank by default, and for anything unsafe or that would stay on this page', () => {
    for (const href of [null, undefined, '', '  ', 'javascript:alert(1)', 'data:text/html,hi', '#', '?x=1', 'panduan.html?x=1#top', 'http://[bad']) {
      expect(exitDestination(href, page), String(href)).to.equal('about:blank');
    }
  });
});
