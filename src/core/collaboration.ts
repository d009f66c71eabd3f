import type { CollaborationCheckPack } from './types.js';

/**
 * A forum's anonymous self-assessment (the collaboration check): a member's answers become a short response code
 * that they send to the coordinator by hand (WhatsApp), and the coordinator's board turns the codes of a round into
 * per-dimension medians and spreads. No DOM, no storage: the elements render this.
 *
 * A code is Crockford base32 (digits and letters without I, L, O, U; read aloud or typed, case and I/L/O forgiven),
 * written `AMAN-XXXX-XXXX-…`. Its bits, in order:
 *   3 code format (1) · 12 hash of the pack id · 6 hash of the pack version · 12 hash of the round ·
 *   7 number of statements · 3 per answer (1–5) · 15 random (two members with the same answers still send two
 *   codes) · 10 checksum of everything before it.
 * Nothing in it names the member, their device or the time.
 */
export const CODE_VERSION = 1;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const PREFIX = 'AMAN';

/** FNV-1a over the UTF-16 units of `s` (stable, tiny; a short reference, never a proof). */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

const bitsOf = (n: number, width: number): number[] => Array.from({ length: width }, (_, i) => (n >>> (width - 1 - i)) & 1);
const numberOf = (bits: readonly number[]): number => bits.reduce((n, b) => n * 2 + b, 0);

/** What a code says about where it belongs: the pack (hashes of its id and version) and the round. */
interface Header {
  pack: number;
  version: number;
  round: number;
}

const headerOf = (pack: CollaborationCheckPack, round: string): Header => ({
  pack: hash32(pack.id) & 0xfff,
  version: hash32(pack.version) & 0x3f,
  round: hash32(round.trim()) & 0xfff,
});

/** The checksum of the payload bits (10 bits). */
const checksum = (bits: readonly number[]): number => hash32(bits.join('')) & 0x3ff;

/** Groups of four characters after the prefix, so a code is read aloud in pieces. */
const grouped = (chars: string): string => [PREFIX, ...(chars.match(/.{1,4}/g) ?? [])].join('-');

/**
 * The response code of one member's answers (1–5 per statement, in the pack's order). `random` gives 15 bits (a
 * test passes its own); every statement must be answered.
 */
export function encodeResponse(
  pack: CollaborationCheckPack,
  round: string,
  answers: Record<string, number>,
  random: () => number = () => crypto.getRandomValues(new Uint16Array(1))[0]!,
): string {
  const h = headerOf(pack, round);
  const bits = [...bitsOf(CODE_VERSION, 3), ...bitsOf(h.pack, 12), ...bitsOf(h.version, 6), ...bitsOf(h.round, 12), ...bitsOf(pack.items.length, 7)];
  for (const it of pack.items) {
    const a = answers[it.id];
    if (!a || a < 1 || a > 5 || !Number.isInteger(a)) throw new RangeError(`no answer to ${it.id}`);
    bits.push(...bitsOf(a, 3));
  }
  bits.push(...bitsOf(random() & 0x7fff, 15));
  bits.push(...bitsOf(checksum(bits), 10));
  while (bits.length % 5) bits.push(0);
  let out = '';
  for (let i = 0; i < bits.length; i += 5) out += ALPHABET[numberOf(bits.slice(i, i + 5))];
  return grouped(out);
}

/** Why a code was not counted. */
export type CodeProblem = 'checksum' | 'format' | 'pack' | 'version' | 'round' | 'duplicate';

/** A code read: its answers by statement id, or the reason it could not be counted. */
export type ReadCode = { code: string; answers: number[] } | { code: string; problem: CodeProblem };

/** The code as written canonically (upper case, I/L → 1, O → 0, grouped), or undefined when it is not base32. */
export function normalizeCode(text: string): string | undefined {
  const body = text
    .toUpperCase()
    .replace(/^AMAN/, '')
    .replace(/[\s-]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  return /^[0-9A-HJKMNP-TV-Z]+$/.test(body) ? grouped(body) : undefined;
}

/** Reads one code against the pack and round on the board. */
export function decodeResponse(pack: CollaborationCheckPack, round: string, text: string): ReadCode {
  const code = normalizeCode(text);
  if (!code) return { code: text.trim(), problem: 'format' };
  const bits = [...code.slice(PREFIX.length).replace(/-/g, '')].flatMap((c) => bitsOf(ALPHABET.indexOf(c), 5));
  let at = 0;
  const take = (n: number): number => numberOf(bits.slice(at, (at += n)));
  if (bits.length < 40 || take(3) !== CODE_VERSION) return { code, problem: 'format' };
  const head = { pack: take(12), version: take(6), round: take(12) };
  const n = take(7);
  const end = 40 + 3 * n + 15;
  const pad = (5 - ((end + 10) % 5)) % 5;
  if (bits.length !== end + 10 + pad) return { code, problem: 'checksum' };
  // The padding must be zero too: a typo in the last character that only changed the padding is still a typo.
  if (numberOf(bits.slice(end, end + 10)) !== checksum(bits.slice(0, end)) || bits.slice(end + 10).some(Boolean)) return { code, problem: 'checksum' };
  const want = headerOf(pack, round);
  if (head.pack !== want.pack) return { code, problem: 'pack' };
  if (head.version !== want.version || n !== pack.items.length) return { code, problem: 'version' };
  if (head.round !== want.round) return { code, problem: 'round' };
  const answers = Array.from({ length: n }, () => take(3));
  if (answers.some((a) => a < 1 || a > 5)) return { code, problem: 'format' };
  return { code, answers };
}

/**
 * Every code in pasted text (one per line, or inside a WhatsApp chat export with dates and names around them),
 * read in order; a code already on the board or earlier in the text is a duplicate. `known` holds the canonical
 * codes already counted.
 */
export function readCodes(pack: CollaborationCheckPack, round: string, text: string, known: ReadonlySet<string>): ReadCode[] {
  const seen = new Set(known);
  const out: ReadCode[] = [];
  // "aman" is also an everyday word ("safe"): only AMAN- followed by code-length text is taken for a code.
  for (const m of text.matchAll(/\bAMAN-[0-9A-Z]+(?:-[0-9A-Z]+)*\b/gi)) {
    if (m[0].replace(/-/g, '').length < 12) continue;
    const r = decodeResponse(pack, round, m[0]);
    if ('answers' in r && seen.has(r.code)) out.push({ code: r.code, problem: 'duplicate' });
    else out.push(r);
    seen.add(r.code);
  }
  return out;
}
