import type { ContactType, RegionContact, RegionPack, ReportStepId } from './types.js';

/**
 * The logic of the "how to report" guide, without any DOM: which steps a person sees for their answers, which
 * numbers go with each step, and how a number as people write it ("(0274) 123-456", "08111-129-129") becomes a
 * link a phone can dial. The words of every step are in the report-guide pack; the local numbers are in a region
 * pack; the only numbers written here are the national ones of FACTS.md, checked before each release.
 */

export type YesNo = 'yes' | 'no' | 'unsure';
/** Who is asking. A child reading the guide is `child`; adults say which of the others they are. */
export type Asker = 'child' | 'parent' | 'teacher' | 'other';

export interface ReportAnswers {
  /** Is the child in danger right now? */
  danger?: YesNo;
  /** Did it happen in the last 72 hours? */
  recent?: YesNo;
  role?: Asker;
}

/** The national numbers. The default region pack (content/region/nasional.*.json) lists the same; a test keeps them equal. */
export const NATIONAL = {
  /** SAPA 129, Layanan Sahabat Perempuan dan Anak (Kementerian PPPA). */
  sapa: { phone: '129', whatsapp: '08111-129-129' },
  police: { phone: '110' },
  emergency: { phone: '112' },
  ambulance: { phone: '119' },
} as const;
export type NationalId = keyof typeof NATIONAL;

/**
 * The steps for a set of answers, in the order to take them. Safety first: when the child may be in danger now
 * (or the person is not sure), calling 110/112 comes before anything else; when it may have happened in the last
 * days, medical care and keeping what the exam needs come next, because both are time-bound. SAPA 129 and the
 * local services are always shown, so a person who answers nothing still sees where to turn.
 */
export function planSteps(a: ReportAnswers): ReportStepId[] {
  const steps: ReportStepId[] = [];
  if (a.danger === 'yes' || a.danger === 'unsure') steps.push('emergency');
  if (a.recent === 'yes' || a.recent === 'unsure') steps.push('medical', 'evidence');
  // Longer ago still needs a doctor: injuries, infections and the child's mental health (content review row 5).
  if (a.recent === 'no') steps.push('checkup');
  // A parent is the adult the child told: how to listen comes before whom to call (content review row 26).
  if (a.role === 'child' || a.role === 'parent') steps.push('trusted-adult');
  if (a.role === 'teacher') steps.push('school');
  steps.push('sapa', 'local');
  return steps;
}

/** Which numbers a step shows: national ones, then the region's contacts of these types. */
export const STEP_CONTACTS: Record<ReportStepId, { national: NationalId[]; types: ContactType[] }> = {
  emergency: { national: ['police', 'emergency'], types: [] },
  medical: { national: ['ambulance'], types: ['health'] },
  checkup: { national: [], types: ['health'] },
  evidence: { national: [], types: [] },
  // SAPA's buttons are in the `sapa` step that always follows: a child sees them once, not twice in a row.
  'trusted-adult': { national: [], types: [] },
  school: { national: [], types: ['education', 'uptd-ppa'] },
  sapa: { national: ['sapa'], types: [] },
  local: { national: [], types: ['uptd-ppa', 'police-ppa'] },
};

/** The order contact groups are listed in: the services of a joint response first. */
export const CONTACT_TYPE_ORDER: readonly ContactType[] = [
  'uptd-ppa',
  'police-ppa',
  'health',
  'social',
  'safe-house',
  'education',
  'hotline',
  'ngo',
  'religious',
  'village',
  'other',
];

const digitsOf = (phone: string): string | undefined => {
  const s = phone.trim();
  // Only what people write in a phone number: digits, spaces, dashes, dots, parentheses, one leading +.
  if (!/^\+?[\d\s().-]+$/.test(s)) return undefined;
  return s.replace(/[\s().-]/g, '');
};

/**
 * The international form of an Indonesian number (`+62…`), a short service number as it is (`129`), or
 * undefined when the text is not a number a phone can dial: letters, `00…`, too short or too long.
 */
export function normalizePhone(phone: string): string | undefined {
  const raw = digitsOf(phone);
  if (!raw) return undefined;
  const plus = raw.startsWith('+');
  const d = plus ? raw.slice(1) : raw;
  if (!/^\d+$/.test(d)) return undefined;
  let intl: string;
  if (plus) intl = d;
  else if (d.startsWith('00')) return undefined; // an international prefix: not ours to guess
  else if (d.startsWith('0')) intl = `62${d.slice(1)}`;
  else if (d.startsWith('62') && d.length >= 10) intl = d;
  // Short service numbers (110, 112, 119, 129, 5-digit call centres, 1500-xxx) are dialled as they are.
  else return d.length >= 3 && d.length <= 7 ? d : undefined;
  // E.164: at most 15 digits; an Indonesian number has at least 8 after the country code's 62.
  if (intl.length > 15 || intl.length < 9 || intl.startsWith('0')) return undefined;
  return `+${intl}`;
}

/** `tel:` link for a number (`tel:+62274123456`, `tel:129`), or undefined when it is not a phone number. */
export function telHref(phone: string): string | undefined {
  const n = normalizePhone(phone);
  return n ? `tel:${n}` : undefined;
}

/** WhatsApp chat link (`https://wa.me/628111129129`); a short service number has no WhatsApp. */
export function waHref(number: string): string | undefined {
  const n = normalizePhone(number);
  return n?.startsWith('+') ? `https://wa.me/${n.slice(1)}` : undefined;
}

const NATIONAL_NUMBERS = new Set(
  Object.values(NATIONAL).flatMap((c) => Object.values(c).map((p: string) => normalizePhone(p))),
);

/** True for a contact whose every number is a national one (shown by the guide itself, so not listed twice). */
export function isNationalContact(c: RegionContact): boolean {
  const nums = [c.phone, c.whatsapp].filter((p): p is string => !!p);
  return nums.length > 0 && nums.every((p) => NATIONAL_NUMBERS.has(normalizePhone(p)));
}

/** The region's own contacts of the given types, in that type order, then as the pack lists them. */
export function regionContacts(region: RegionPack | undefined, types: readonly ContactType[]): RegionContact[] {
  if (!region) return [];
  return types.flatMap((type) => region.contacts.filter((c) => c.type === type && !isNationalContact(c)));
}

/** Every local contact of the region, grouped by type in `CONTACT_TYPE_ORDER` (empty groups left out). */
export function groupContacts(region: RegionPack | undefined): { type: ContactType; contacts: RegionContact[] }[] {
  return CONTACT_TYPE_ORDER.map((type) => ({ type, contacts: regionContacts(region, [type]) })).filter(
    (g) => g.contacts.length > 0,
  );
}

