/**
 * CSV for exports a coordinator opens in a spreadsheet (RFC 4180, CRLF, every cell quoted). Text in a cell can come
 * from a pack or a person, so it is untrusted: a cell a spreadsheet would run as a formula (=, +, -, @, tab,
 * return) starts with an apostrophe.
 */
export function csvCell(v: string | number | boolean): string {
  const s = String(v);
  return `"${(typeof v === 'string' && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"`;
}

/** Rows (the first is the header) as one CSV text. */
export const csv = (rows: readonly (readonly (string | number | boolean)[])[]): string => rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

/**
 * A typed count of people (a show of hands): a whole number ≥ 0, or why not. Empty is 0. Decimal commas are read
 * as the Indonesian way of writing a fraction (and refused as not whole).
 */
export function parseCount(text: string): number | 'negative' | 'whole' | 'number' {
  const s = text.trim();
  if (!s) return 0;
  if (!/^[+-]?\d*[.,]?\d+$/.test(s)) return 'number';
  const n = Number(s.replace(',', '.'));
  return n < 0 ? 'negative' : Number.isSafeInteger(n) ? n : 'whole';
}
