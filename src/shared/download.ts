/** The object URL of the last file saved, revoked when the next one is made (no timer). */
let lastUrl: string | undefined;

/**
 * Saves `body` as a file on the device: a Blob and an `a[download]` click — works offline, sends nothing anywhere,
 * and writes no markup (Trusted Types hold). A CSV gets a byte-order mark so spreadsheets read its UTF-8.
 */
export function saveFile(name: string, body: string, type: 'csv' | 'json'): void {
  if (lastUrl) URL.revokeObjectURL(lastUrl);
  const a = document.createElement('a');
  const text = type === 'csv' ? `\ufeff${body}` : body;
  a.href = lastUrl = URL.createObjectURL(new Blob([text], { type: type === 'csv' ? 'text/csv;charset=utf-8' : 'application/json' }));
  a.download = name;
  a.click();
}
