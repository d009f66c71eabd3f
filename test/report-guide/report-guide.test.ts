import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/elements/report-guide/define.js';
import type { AmanReportGuide } from '../../src/elements/report-guide/report-guide.js';
import type { AmanQuickExit } from '../../src/elements/quick-exit/quick-exit.js';
import { $, $$, deepFocus, hostileCss, record, removeHostileCss, storageSnapshot, textOf, type StorageSnapshot } from '../helpers.js';

const REGION = '/test/fixtures/region-test.json';
const BAD_REGION = '/test/fixtures/region-invalid.json';
const press = (key: string) => sendKeys({ press: key });

/** Ready when the guide (or its error) shows and the region pack has settled (its contacts or its error). */
const ready = (el: AmanReportGuide) =>
  !!$(el, '.alert') || (!!$(el, '[data-step]') && $$(el, '.directory h4').length > 1);

async function guide(attrs: { region?: string; lang?: string; audience?: string; exit?: string } = {}): Promise<AmanReportGuide> {
  const el = await fixture<AmanReportGuide>(html`<aman-report-guide
    region-src=${attrs.region ?? REGION}
    lang=${attrs.lang ?? 'id'}
    audience=${attrs.audience ?? 'adult'}
    quick-exit-href=${attrs.exit ?? 'https://cuaca.example/'}
  ></aman-report-guide>`);
  await waitUntil(() => ready(el), 'guide did not become ready', { timeout: 5000 });
  return el;
}

const focusedRadio = () => deepFocus() as HTMLInputElement;
const steps = (el: AmanReportGuide) => $$(el, '[data-step]').map((s) => s.dataset.step);
const hrefs = (node: Element | null) => [...(node?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));
const step = (el: AmanReportGuide, id: string) => $(el, `[data-step="${id}"]`)!;
const announced = (el: AmanReportGuide) => $(el, '.sr-only[role=status]')!.textContent!.trim();

/** From the top of the page, Tab through the quick exit, its explanation and the call-now links to the audience choice. */
async function tabToAudience(el: AmanReportGuide): Promise<void> {
  await press('Tab');
  const exit = el.shadowRoot!.querySelector<AmanQuickExit>('aman-quick-exit')!;
  expect(deepFocus()).to.equal(exit.shadowRoot!.querySelector('button'));
  await press('Tab');
  expect(deepFocus()?.tagName).to.equal('SUMMARY');
  for (const link of $$(el, '.now a')) {
    await press('Tab');
    expect(deepFocus()).to.equal(link);
  }
  await press('Tab');
  expect(focusedRadio().name).to.equal('audience');
}

describe('aman-report-guide', () => {
  let storage: StorageSnapshot;
  before(async () => {
    storage = await storageSnapshot();
  });
  afterEach(removeHostileCss);

  it('is accessible (axe): as loaded, with every answer given, and for a child', async () => {
    const el = await guide();
    await expect(el).to.be.accessible();
    for (const [q, v] of [['danger', 'yes'], ['recent', 'yes'], ['role', 'teacher']]) {
      $<HTMLInputElement>(el, `input[name=${q}][value=${v}]`)!.click();
    }
    await el.updateComplete;
    await expect(el).to.be.accessible();
    $<HTMLInputElement>(el, 'input[name=audience][value=child]')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('before any answer, shows SAPA 129 and the local services, with every number as a working link', async () => {
    const el = await guide();
    expect(textOf(el)).to.contain('Mencari Bantuan dan Melapor');
    expect(steps(el)).to.deep.equal(['sapa', 'local']);
    expect(hrefs(step(el, 'sapa'))).to.deep.equal(['tel:129', 'https://wa.me/628111129129']);
    expect(hrefs(step(el, 'local'))).to.deep.equal([
      'tel:+62210000001',
      'https://wa.me/6281200000001',
      'https://example.org/uptd',
      'tel:+62210000002',
    ]);
    expect(step(el, 'local').textContent).to.contain('UPTD PPA Kabupaten Uji');
    expect(step(el, 'local').textContent).to.contain('Unit PPA Polres Uji');
    const wa = step(el, 'sapa').querySelector<HTMLAnchorElement>('a[href^="https://wa.me"]')!;
    expect(wa.textContent!.trim()).to.equal('WhatsApp 08111-129-129');
    expect(wa.rel).to.equal('noopener noreferrer');
    expect(step(el, 'sapa').querySelector('a[href="tel:129"]')!.textContent!.trim()).to.equal('Telepon 129');
  });

  it('adult, keyboard only, danger now: 110/112 come first; then a teacher gets the school step (head teacher and UPTD PPA)', async () => {
    const el = await guide();
    await tabToAudience(el);
    expect(focusedRadio().value).to.equal('adult');
    await press('Tab');
    expect(focusedRadio().name).to.equal('danger');
    await press('Space'); // "Ya"
    await el.updateComplete;
    expect(focusedRadio().checked).to.equal(true);
    expect(steps(el)[0]).to.equal('emergency');
    expect(hrefs(step(el, 'emergency'))).to.deep.equal(['tel:110', 'tel:112']);
    expect($$(el, '[data-step] a')[0]!.getAttribute('href')).to.equal('tel:110');
    expect(announced(el)).to.equal('Langkah diperbarui: 3 langkah. Yang pertama: Minta pertolongan darurat sekarang.');

    await press('Tab');
    expect(focusedRadio().name).to.equal('recent');
    await press('ArrowDown'); // "Tidak, sudah lebih lama"
    expect(focusedRadio().value).to.equal('no');
    await press('Tab');
    expect(focusedRadio().name).to.equal('role');
    await press('ArrowDown'); // parent → teacher
    await el.updateComplete;
    expect(focusedRadio().value).to.equal('teacher');
    expect(steps(el)).to.deep.equal(['emergency', 'checkup', 'school', 'sapa', 'local']);
    expect(step(el, 'school').textContent).to.contain('kepala sekolah');
    expect(hrefs(step(el, 'school'))).to.deep.equal(['tel:+62210000004', 'tel:+62210000001', 'https://wa.me/6281200000001', 'https://example.org/uptd']);

    await press('Tab'); // into the steps: the first link is the police
    expect(deepFocus()?.getAttribute('href')).to.equal('tel:110');
  });

  it('adult, keyboard only, recent assault: medical care first, what to keep, why it matters for the visum', async () => {
    const el = await guide();
    await tabToAudience(el);
    await press('Tab');
    await press('ArrowDown'); // danger: "Tidak"
    expect(focusedRadio().value).to.equal('no');
    await press('Tab');
    await press('Space'); // recent: "Ya, dalam 3 hari terakhir"
    await el.updateComplete;
    expect(focusedRadio()).to.include({ name: 'recent', value: 'yes', checked: true });
    expect(steps(el)).to.deep.equal(['medical', 'evidence', 'sapa', 'local']);
    expect(hrefs(step(el, 'medical'))).to.deep.equal(['tel:119', 'tel:+62210000003']);
    expect(step(el, 'medical').textContent).to.contain('Puskesmas');
    const keep = step(el, 'evidence').textContent!;
    expect(keep).to.contain('jangan mandikan anak');
    expect(keep).to.contain('tanpa dicuci');
    expect(keep).to.contain('visum et repertum');
    expect(keep).to.contain('tetap datang');
  });

  it('adult, neither danger nor recent: SAPA 129 and the UPTD PPA', async () => {
    const el = await guide();
    await tabToAudience(el);
    await press('Tab');
    await press('ArrowDown');
    await press('Tab');
    await press('ArrowDown');
    await press('Tab');
    await press('ArrowDown');
    await press('ArrowDown'); // role: "other"
    await el.updateComplete;
    expect(focusedRadio().value).to.equal('other');
    expect(steps(el)).to.deep.equal(['checkup', 'sapa', 'local']); // longer ago: the child's health is still checked
    expect(hrefs(step(el, 'sapa'))).to.deep.equal(['tel:129', 'https://wa.me/628111129129']);
    expect(hrefs(step(el, 'local'))).to.include('tel:+62210000001');
  });

  it('child, keyboard only: the switch gives child wording, no role question, "tell an adult you trust"', async () => {
    const el = await guide();
    const adultIntro = $(el, 'header p')!.textContent;
    await tabToAudience(el);
    await press('ArrowDown'); // "Saya anak"
    await el.updateComplete;
    expect(focusedRadio()).to.include({ name: 'audience', value: 'child', checked: true });
    expect(el.getAttribute('audience')).to.equal('child');
    expect($(el, 'header p')!.textContent).to.not.equal(adultIntro);
    expect($(el, 'header p')!.textContent).to.contain('itu bukan salahmu');
    expect($(el, 'fieldset[data-question=role]')).to.equal(null);
    expect(steps(el)).to.deep.equal(['trusted-adult', 'sapa', 'local']);
    expect(step(el, 'trusted-adult').textContent).to.contain('Ceritakan kepada orang dewasa yang kamu percaya');
    expect(step(el, 'trusted-adult').textContent).to.contain('Ini bukan salahmu');
    // SAPA's buttons come once, in the SAPA step right after (not twice in a row).
    expect(hrefs(step(el, 'trusted-adult'))).to.deep.equal([]);
    expect(hrefs(step(el, 'sapa'))).to.deep.equal(['tel:129', 'https://wa.me/628111129129']);

    await press('Tab');
    expect($(el, 'fieldset[data-question=danger] legend')!.textContent).to.equal('Apakah kamu dalam bahaya sekarang?');
    await press('ArrowDown');
    await press('ArrowDown'); // "Aku tidak tahu": treated as danger
    await el.updateComplete;
    expect(focusedRadio().value).to.equal('unsure');
    expect(steps(el)[0]).to.equal('emergency');
    expect(step(el, 'emergency').querySelector('h4')!.textContent).to.equal('Cari tempat aman dan minta tolong sekarang');
    expect(hrefs(step(el, 'emergency'))).to.deep.equal(['tel:110', 'tel:112']);
    await press('Tab');
    await press('Space'); // recent: yes
    await el.updateComplete;
    expect(steps(el)).to.deep.equal(['emergency', 'medical', 'evidence', 'trusted-adult', 'sapa', 'local']);
    expect(step(el, 'evidence').textContent).to.contain('Kalau sudah, tidak apa-apa');
    expect(textOf(el)).to.contain('Hakmu');
    expect(textOf(el)).to.not.contain('Siapa Anda bagi anak itu?');
  });

  it('the audience attribute starts in child wording', async () => {
    const el = await guide({ audience: 'child' });
    expect($<HTMLInputElement>(el, 'input[name=audience][value=child]')!.checked).to.equal(true);
    expect(textOf(el)).to.contain('Yang bisa kamu lakukan');
  });

  it('tells what happens after a report, the rights, what to do and not do, and about "aib keluarga"', async () => {
    const el = await guide();
    const text = textOf(el);
    expect($$(el, '.path li').map((li) => li.dataset.item)).to.deep.equal([
      'aduan',
      'penjangkauan',
      'asesmen',
      'manajer-kasus',
      'layanan',
      'polisi',
      'pengadilan',
      'reintegrasi',
    ]);
    expect(text).to.contain('Petugas bertanya apa yang dibutuhkan anak');
    for (const s of ['kerahasiaan', 'didampingi', 'Percayai anak', 'Tetap tenang', 'Jangan mendatangi atau memarahi pelaku', 'mengulang ceritanya', 'secara kekeluargaan', 'media sosial', 'Tentang "aib keluarga"']) {
      expect(text).to.contain(s);
    }
  });

  it('lists every number: national ones, then the region grouped by service, with its date and source', async () => {
    const el = await guide();
    const dir = $(el, '.directory')!;
    expect(hrefs(dir).slice(0, 5)).to.deep.equal(['tel:129', 'https://wa.me/628111129129', 'tel:110', 'tel:112', 'tel:119']);
    expect(dir.textContent).to.contain('Kontak di Kabupaten Uji');
    expect(dir.textContent).to.contain('Terakhir diperiksa: 31 Januari 2026');
    expect(dir.textContent).to.contain('Data tiruan untuk pengujian otomatis');
    expect($$(el, '.directory h5').map((h) => h.textContent)).to.deep.equal([
      'UPTD PPA',
      'Unit PPA Polres (atau PPA-PPO)',
      'Layanan kesehatan',
      'Dinas Sosial dan pekerja sosial',
      'Sekolah dan pendidikan',
      'Peraturan dan SOP daerah',
    ]);
    expect(dir.textContent).to.contain('Peraturan contoh tentang perlindungan anak (Tiruan.)');
    // The region's own copy of SAPA 129 is not listed twice; a placeholder number is text, not a link.
    expect(hrefs(dir).filter((h) => h === 'tel:129')).to.have.length(1);
    expect(dir.textContent).to.contain('Telepon: 0000-0000');
    expect(hrefs(dir.querySelector('[data-contact=dinsos]'))).to.deep.equal([]);
  });

  it('with the default national region: no local number, and where to find the local office', async () => {
    const el = await fixture<AmanReportGuide>(html`<aman-report-guide></aman-report-guide>`);
    await waitUntil(() => ready(el));
    const local = step(el, 'local');
    expect(local.textContent).to.contain('UPTD PPA di kabupaten/kota Anda');
    expect(local.textContent).to.contain('DP3A');
    expect(local.textContent).to.contain('kantor desa/kelurahan');
    expect(hrefs(local)).to.deep.equal([]);
    expect(hrefs($(el, '.directory')).filter((h) => h?.startsWith('tel:'))).to.deep.equal(['tel:129', 'tel:110', 'tel:112', 'tel:119']);
  });

  it('group headings (steps, national numbers, region, service types) are not smaller than the body text', async () => {
    const el = await guide();
    $<HTMLInputElement>(el, 'input[name=role][value=teacher]')!.click();
    await el.updateComplete;
    const body = parseFloat(getComputedStyle($(el, '.step p')!).fontSize);
    const headings = $$(el, 'h4, h5');
    expect(headings.filter((h) => h.tagName === 'H5').length).to.be.greaterThan(1);
    for (const h of headings) {
      const size = parseFloat(getComputedStyle(h).fontSize);
      expect(size, `"${h.textContent!.trim()}" (${h.tagName}) is ${size}px, the text ${body}px`).to.be.at.least(body);
    }
  });

  it('the national pack is "services in your area", never "Kontak di Nasional", in id, en and jv', async () => {
    const want = { id: 'Layanan di daerah Anda', en: 'Services in your area', jv: 'Layanan ing dhaerah panjenengan' };
    for (const [lang, title] of Object.entries(want)) {
      const el = await fixture<AmanReportGuide>(html`<aman-report-guide lang=${lang}></aman-report-guide>`);
      await waitUntil(() => ready(el), `${lang}: not ready`);
      const headings = $$(el, '.directory h4').map((h) => h.textContent!.trim());
      expect(headings[1], lang).to.equal(title);
      expect(textOf(el), lang).not.to.match(/Kontak di Nasional|Contacts in National|Kontak ing Nasional/);
    }
    // A real region keeps its name.
    expect($$(await guide(), '.directory h4')[1]!.textContent!.trim()).to.equal('Kontak di Kabupaten Uji');
  });

  it('child view with the national pack: SAPA once among the steps, and "kamu", never the adult "Anda", in the contacts', async () => {
    const el = await fixture<AmanReportGuide>(html`<aman-report-guide lang="id" audience="child"></aman-report-guide>`);
    await waitUntil(() => ready(el));
    const stepsSapa = $$(el, '.steps a[href="tel:129"]');
    expect(stepsSapa.length, 'SAPA buttons among the steps').to.equal(1);
    const contactsText = [...$$(el, '.steps'), ...$$(el, '.directory')].map((n) => n.textContent!.replace(/\s+/g, ' ')).join(' ');
    expect(contactsText).not.to.match(/\bAnda\b/);
    expect($$(el, '.directory h4')[1]!.textContent!.trim()).to.equal('Layanan di daerahmu');
    expect(step(el, 'local').textContent).to.contain('Orang dewasa yang kamu percaya');
    expect($(el, '.directory')!.textContent).to.contain('Orang dewasa yang kamu percaya');
    // Every national number is still there to call.
    expect(hrefs($(el, '.directory')).filter((h) => h?.startsWith('tel:'))).to.deep.equal(['tel:129', 'tel:110', 'tel:112', 'tel:119']);
    await expect(el).to.be.accessible();
    // The adult keeps the pack's guidance on finding the local office.
    el.audience = 'adult';
    await el.updateComplete;
    expect(step(el, 'local').textContent).to.contain('UPTD PPA di kabupaten/kota Anda');
  });

  it('a bad region pack: a localized alert naming the JSON path, an aman-error, and the national numbers still work', async () => {
    const seen = record(document, 'aman-error');
    try {
      const el = await guide({ region: BAD_REGION });
      const alert = $(el, '.alert')!;
      expect(alert.getAttribute('role'), 'a region error is not urgent: the national numbers work').to.equal('status');
      expect(alert.textContent).to.contain('Daftar kontak daerah tidak dapat dipakai');
      expect(alert.textContent).to.contain('contacts[0].url');
      expect(alert.textContent).to.contain('contacts[1].phone');
      expect(seen).to.have.length(1);
      expect(seen[0].detail).to.include({ packId: 'kab-rusak', path: 'contacts[0].url' });
      // The guide itself, SAPA 129 and the emergency numbers are all still there.
      expect(steps(el)).to.deep.equal(['sapa', 'local']);
      expect(hrefs(step(el, 'sapa'))).to.deep.equal(['tel:129', 'https://wa.me/628111129129']);
      expect(step(el, 'local').textContent).to.contain('Tanyakan UPTD PPA terdekat');
      expect(hrefs($(el, '.directory')).filter((h) => h?.startsWith('tel:'))).to.deep.equal(['tel:129', 'tel:110', 'tel:112', 'tel:119']);
      expect(textOf(el)).to.not.contain('UPTD PPA Rusak');
      await expect(el).to.be.accessible();
      el.setAttribute('lang', 'en');
      await waitUntil(() => $(el, '.alert')?.textContent?.includes('The list of local contacts cannot be used'));
      el.setAttribute('region-src', REGION);
      await waitUntil(() => !$(el, '.alert') && textOf(el).includes('Contacts in Kabupaten Uji'));
    } finally {
      seen.stop();
    }
  });

  it('a guide pack that cannot load still shows the national numbers', async () => {
    const el = await fixture<AmanReportGuide>(html`<aman-report-guide src="/test/fixtures/nope.json"></aman-report-guide>`);
    await waitUntil(() => !!$(el, '[role=alert]'));
    expect($(el, '[role=alert]')!.textContent).to.contain('/test/fixtures/nope.json');
    expect(hrefs($(el, '.directory'))).to.include.members(['tel:129', 'https://wa.me/628111129129', 'tel:110', 'tel:112']);
  });

  it('speaks English and Javanese (krama for adults, ngoko for children)', async () => {
    const en = await guide({ lang: 'en' });
    expect(textOf(en)).to.contain('Getting Help and Reporting');
    expect(textOf(en)).to.contain('Who is reading this guide?');
    expect(hrefs(step(en, 'sapa'))[0]).to.equal('tel:129');
    expect(step(en, 'sapa').textContent).to.contain('Call 129');
    const jv = await guide({ lang: 'jv' });
    expect(textOf(jv)).to.contain('Madosi Pitulungan lan Lapor');
    expect($(jv, 'fieldset[data-question=danger] legend')!.textContent).to.equal('Punapa anak punika wonten ing bebaya samenika?');
    $<HTMLInputElement>(jv, 'input[name=audience][value=child]')!.click();
    await jv.updateComplete;
    expect($(jv, 'fieldset[data-question=danger] legend')!.textContent).to.equal('Apa kowe lagi ana ing bebaya saiki?');
    expect(textOf(jv)).to.contain('UPTD PPA'); // agency names stay Indonesian
    const exit = jv.shadowRoot!.querySelector<AmanQuickExit>('aman-quick-exit')!;
    await waitUntil(() => exit.shadowRoot!.querySelector('button')!.textContent!.includes('Medal cepet'));
  });

  it('has the quick exit built in: Shift×3 from inside the form blanks the page and goes to quick-exit-href', async () => {
    const el = await guide();
    const exit = el.shadowRoot!.querySelector<AmanQuickExit>('aman-quick-exit')!;
    const went: string[] = [];
    exit.navigate = (url) => went.push(url);
    $<HTMLInputElement>(el, 'input[name=danger]')!.focus();
    try {
      await press('Shift');
      await press('Shift');
      await exit.updateComplete;
      expect(exit.shadowRoot!.querySelector('#hint')!.textContent).to.equal('Shift 2/3');
      await press('Shift');
      expect(document.documentElement.hasAttribute('data-aman-exit')).to.equal(true);
      expect(getComputedStyle(document.body).display).to.equal('none');
      expect(went).to.deep.equal(['https://cuaca.example/']);
    } finally {
      document.documentElement.removeAttribute('data-aman-exit');
    }
  });

  it('never runs pack text as HTML or script (XSS), in the guide pack and in the region pack', async () => {
    (window as any).__xss = 0;
    const pack = await (await fetch('/content/report-guide/lapor.id.json')).json();
    pack.intro.adult = '<img src=x onerror="window.__xss=1">Halo [klik](javascript:window.__xss=2) [SAPA](tel:129)';
    pack.steps.sapa.text.adult = '<script>window.__xss=3</script> *penting*';
    const region = await (await fetch(REGION)).json();
    region.contacts[0].name = '<img src=x onerror="window.__xss=4">UPTD';
    region.contacts[0].notes = '[tekan](javascript:window.__xss=5)';
    const el = await fixture<AmanReportGuide>(html`<aman-report-guide .packData=${pack} .regionData=${region}></aman-report-guide>`);
    await waitUntil(() => ready(el));
    await nextFrame();
    expect(textOf(el)).to.contain('<img src=x onerror="window.__xss=1">Halo klik');
    expect(textOf(el)).to.contain('<script>window.__xss=3</script>');
    expect(textOf(el)).to.contain('<img src=x onerror="window.__xss=4">UPTD');
    expect(textOf(el)).to.contain('[tekan](javascript:window.__xss=5)'); // region text is plain text, never markup
    expect($$(el, 'img, script, iframe')).to.have.length(0);
    expect($$<HTMLAnchorElement>(el, 'a').every((a) => /^(tel:|https:)/.test(a.getAttribute('href')!))).to.equal(true);
    expect($(el, 'header a')!.getAttribute('href')).to.equal('tel:129');
    expect($(el, '[data-step=sapa] em')!.textContent).to.equal('penting');
    expect((window as any).__xss).to.equal(0);
    // A javascript: web address in a region pack is refused by the validator, with its path.
    region.contacts[0].url = 'javascript:window.__xss=6';
    el.regionData = { ...region };
    await waitUntil(() => !!$(el, '.alert'));
    expect($(el, '.alert')!.textContent).to.contain('contacts[0].url');
    expect(hrefs(el.shadowRoot!.querySelector('[part~=base]'))).to.not.include('javascript:window.__xss=6');
  });

  it('survives hostile page CSS', async () => {
    hostileCss(`aman-report-guide { color: transparent; } a, button, input, label, li, fieldset { display: none !important; }`);
    const el = await guide();
    const call = $<HTMLAnchorElement>(el, '[data-step=sapa] a')!;
    const choice = $(el, '.choice')!;
    expect(parseFloat(getComputedStyle(choice).fontSize)).to.be.at.least(16);
    expect(getComputedStyle(call).display).to.not.equal('none');
    expect(call.getBoundingClientRect().height).to.be.at.least(44);
    expect(choice.getBoundingClientRect().height).to.be.at.least(44);
    expect(getComputedStyle($(el, 'h2')!).color).to.not.equal('rgba(0, 0, 0, 0)');
    await expect(el).to.be.accessible();
  });

  it('fits 320 px without horizontal scrolling, and scales up for a projector (1024×768)', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:320px"><aman-report-guide region-src=${REGION}></aman-report-guide></div>`);
    const el = wrap.querySelector('aman-report-guide')!;
    await waitUntil(() => ready(el));
    $<HTMLInputElement>(el, 'input[name=recent][value=yes]')!.click();
    await el.updateComplete;
    const base = $(el, '[part~=base]')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
    for (const a of $$(el, 'a, .choice')) expect(a.getBoundingClientRect().right, a.textContent!).to.be.at.most(wrap.getBoundingClientRect().right + 1);
    await setViewport({ width: 1024, height: 768 });
    const normal = parseFloat(getComputedStyle($(el, 'legend')!).fontSize);
    el.setAttribute('scale', 'projector');
    await el.updateComplete;
    expect(parseFloat(getComputedStyle($(el, 'legend')!).fontSize)).to.be.at.least(normal * 1.5);
  });

  it('prints a card: the steps and every number with the region and its date, without the interactive parts', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <p id="host-content">Berita desa</p>
      <aman-report-guide region-src=${REGION}></aman-report-guide>
    </div>`);
    const el = wrap.querySelector('aman-report-guide')!;
    await waitUntil(() => ready(el));
    $<HTMLInputElement>(el, 'input[name=danger][value=yes]')!.click();
    await el.updateComplete;
    const printed: boolean[] = [];
    const realPrint = window.print;
    window.print = () => printed.push(document.documentElement.hasAttribute('data-aman-printing') && el.hasAttribute('data-aman-print'));
    try {
      $<HTMLButtonElement>(el, 'footer button')!.click();
      expect(printed).to.deep.equal([true]);
      await emulateMedia({ media: 'print' });
      const shown = (sel: string) => $$(el, sel).some((n) => n.checkVisibility());
      expect(shown('.directory')).to.equal(true);
      const dir = $(el, '.directory')!.innerText;
      expect(dir).to.contain('Kontak di Kabupaten Uji');
      expect(dir).to.contain('Terakhir diperiksa: 31 Januari 2026');
      for (const n of ['129', '08111-129-129', '110', '112', '119', '(021) 000-0001', '0812-0000-0001', '(021) 000-0002']) expect(dir).to.contain(n);
      expect($$(el, '[data-step] h4').filter((h) => h.checkVisibility()).map((h) => h.textContent)).to.deep.equal([
        'Minta pertolongan darurat sekarang',
        'Hubungi SAPA 129',
        'Hubungi layanan di daerah Anda',
      ]);
      for (const sel of ['fieldset', 'input', 'button', 'aman-quick-exit', 'footer', '.path', '[data-step] p']) {
        expect(shown(sel), sel).to.equal(false);
      }
      expect(document.getElementById('host-content')!.checkVisibility()).to.equal(false); // only the card prints
      window.dispatchEvent(new Event('afterprint'));
      expect(document.documentElement.hasAttribute('data-aman-printing')).to.equal(false);
      expect(document.getElementById('host-content')!.checkVisibility()).to.equal(true);
    } finally {
      window.print = realPrint;
      await emulateMedia({ media: 'screen' });
    }
    expect(shown2(el, 'fieldset')).to.equal(true);
  });

  it('stores nothing and asks nothing of another server during a full walkthrough', async () => {
    const el = await guide();
    for (const [q, v] of [['audience', 'child'], ['danger', 'yes'], ['recent', 'yes'], ['audience', 'adult'], ['role', 'parent']]) {
      $<HTMLInputElement>(el, `input[name=${q}][value=${v}]`)!.click();
      await el.updateComplete;
    }
    el.setAttribute('lang', 'jv');
    await waitUntil(() => textOf(el).includes('Madosi Pitulungan'));
    expect(await storageSnapshot()).to.deep.equal(storage);
    expect(Object.keys(localStorage).filter((k) => k.startsWith('aman'))).to.deep.equal([]);
    const fetched = performance
      .getEntriesByType('resource')
      .filter((r) => (r as PerformanceResourceTiming).initiatorType === 'fetch')
      .map((r) => new URL(r.name));
    expect(fetched.length).to.be.above(0);
    expect(fetched.filter((u) => u.origin !== location.origin).map(String)).to.deep.equal([]);
    expect(fetched.filter((u) => !/^\/(content|locales|test\/fixtures)\//.test(u.pathname)).map(String)).to.deep.equal([]);
  });
});

const shown2 = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)].some((n) => n.checkVisibility());
