/**
 * RFC 8785 JSON Canonicalization Scheme: object members sorted by the UTF-16 code units of their names, no
 * whitespace, strings escaped as ECMAScript's JSON.stringify does, numbers written as ECMAScript's Number#toString
 * does (which is what RFC 8785 §3.2.2.3 prescribes, so `JSON.stringify(n)` is exact for every finite number).
 * What RFC 8785 cannot represent is refused rather than silently changed: NaN, ±Infinity, lone surrogates,
 * `undefined` in an array, functions, bigints. Aman's own signed documents keep their numbers integers anyway
 * (PLATFORM.md: a non-integer is where two canonicalisers are most likely to disagree).
 */
export function canonicalize(value: unknown): string {
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`JCS: ${value} is not a JSON number`);
    return JSON.stringify(value);
  }
  if (typeof value === 'string') {
    // A lone surrogate is not a Unicode string (RFC 8785 §3.2.2.2 requires valid I-JSON).
    if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value)) throw new TypeError('JCS: lone surrogate');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return `[${value
      .map((v) => {
        if (v === undefined) throw new TypeError('JCS: undefined in an array');
        return canonicalize(v);
      })
      .join(',')}]`;
  }
  if (typeof value === 'object') {
    if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return canonicalize((value as { toJSON(): unknown }).toJSON());
    const entries = Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort() // default sort compares UTF-16 code units, as RFC 8785 §3.2.3 asks
      .map((k) => `${canonicalize(k)}:${canonicalize((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  throw new TypeError(`JCS: a ${typeof value} is not JSON`);
}
