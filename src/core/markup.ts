/**
 * The inline markup pack authors may use in texts documented as such:
 *   *emphasis*        — no space just inside the stars, so "2 * 3 * 4" stays plain;
 *   [label](url)      — url (no spaces; one level of parentheses allowed) must be http:, https:, tel: or mailto:; anything else (javascript:, data:, relative…)
 *                       leaves just the label, as plain text;
 *   \* \[ \] \\       — a literal star, bracket or backslash.
 * The result is tokens for Lit text bindings, never an HTML string: pack text cannot become markup.
 */

export type InlineToken = { t: 'text'; v: string } | { t: 'em'; v: string } | { t: 'link'; v: string; href: string };

const TOKEN = /\\([*[\]\\])|\*([^\s*](?:[^*\n]*[^\s*])?)\*|\[([^\]\n]+)\]\(((?:[^()\s]|\([^()\s]*\))+)\)/g;
const SAFE_SCHEMES = ['http:', 'https:', 'tel:', 'mailto:'];

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

export function parseInline(text: string): InlineToken[] {
  const out: InlineToken[] = [];
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
      if (href) out.push({ t: 'link', v: label!, href });
      else push(label!);
    }
  }
  push(text.slice(at));
  return out;
}

/** The words a reader sees, without the markup (for live-region announcements and accessible names). */
export function plainText(text: string | undefined): string {
  return text ? parseInline(text).map((tok) => tok.v).join('') : '';
}
