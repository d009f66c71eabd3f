/**
 * The inline markup pack authors may use in texts documented as such:
 *   *emphasis*        — no space just inside the stars, so "2 * 3 * 4" stays plain;
 *   [label](url)      — url (no spaces; one level of parentheses allowed) must be http:, https:, tel: or mailto:; anything else (javascript:, data:, relative…)
 *                       leaves just the label, as plain text; a label holds no `[`, `]` or line break;
 *   \* \[ \] \\       — a literal star, bracket or backslash.
 * The result is tokens for Lit text bindings, never an HTML string: pack text cannot become markup.
 * A link that calls (`tel:`, `wa.me`, `api.whatsapp.com/send?phone=`) always shows the number it dials: unless the
 * label's digits are that number, it follows the label in parentheses (the validator refuses a label that shows
 * another number: `linkNumber`). Bidi controls are dropped, so no text can be shown reordered.
 */

export type InlineToken = { t: 'text'; v: string } | { t: 'em'; v: string } | { t: 'link'; v: string; href: string };

// Linear in the text's length: a label stops at the first `[`, `]` or line break, so no two link attempts scan the
// same characters (with `[^\]\n]+` every `[` rescanned the rest of the line: quadratic, 22 s for '[' × 1e6).
const TOKEN = /\\([*[\]\\])|\*([^\s*](?:[^*\n]*[^\s*])?)\*|\[([^[\]\n]+)\]\(((?:[^()\s]|\([^()\s]*\))+)\)/g;
const SAFE_SCHEMES = ['http:', 'https:', 'tel:', 'mailto:'];
/** Bidi embeddings, overrides, isolates and marks: they can show "921" for 129. */
export const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The normalized URL when its scheme is allowed, else undefined. Relative URLs are refused: no base is known. */
export function safeHref(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return undefined;
  }
  return SAFE_SCHEMES.includes(u.protocol) ? u.href : undefined;
}

/** The number a (safe) link dials, as written in it: `tel:`, `wa.me/…`, `(api.)whatsapp.com/send?phone=…`; else ''. */
export function dialled(href: string): string {
  const m = /^tel:([^;?]*)|^https?:\/\/(?:wa\.me\/|(?:api\.)?whatsapp\.com\/send\/?\?(?:.*&)?phone=)(\d+)/.exec(href);
  return m ? (m[2] ? '+' + m[2] : m[1]!) : '';
}

/** Digits, with +62 / 62 read as the 0 of a national number: the same number, however it is written. */
export const digits = (s: string): string => s.replace(/\D/g, '').replace(/^62/, '0');

// Each text is parsed once: re-renders reuse the tokens (a bounded, least-recently-used cache).
const cache = new Map<string, InlineToken[]>();

/** The tokens of a text; the array is shared between calls, so it must not be changed. */
export function parseInline(text: string): InlineToken[] {
  let out = cache.get(text);
  if (out) cache.delete(text);
  else {
    out = tokenize(text);
    if (cache.size > 499) cache.delete(cache.keys().next().value!);
  }
  cache.set(text, out);
  return out;
}

/** The tokens of a text (bidi controls dropped); `labels`: links keep the label as written (for the validator). */
export function tokenize(text: string, labels?: boolean): InlineToken[] {
  const out: InlineToken[] = [];
  text = text.replace(BIDI, '');
  const push = (v: string): void => {
    if (!v) return;
    const last = out[out.length - 1];
    if (last?.t === 'text') last.v += v;
    else out.push({ t: 'text', v });
  };
  let at = 0;
  for (const m of text.matchAll(TOKEN)) {
    push(text.slice(at, m.index));
    at = m.index + m[0].length;
    const [, escaped, em, label, url] = m;
    if (escaped !== undefined) push(escaped);
    else if (em !== undefined) out.push({ t: 'em', v: em });
    else {
      const href = safeHref(url!);
      if (!href) push(label!);
      else {
        // Unless its digits are exactly the number dialled, a calling link shows that number beside its label.
        const n = dialled(href);
        out.push({ t: 'link', v: !n || labels || digits(label!) === digits(n) ? label! : `${label} (${n})`, href });
      }
    }
  }
  push(text.slice(at));
  return out;
}

/** The words a reader sees, without the markup (for live-region announcements and accessible names). */
export function plainText(text: string | undefined): string {
  return text ? parseInline(text).map((tok) => tok.v).join('') : '';
}
