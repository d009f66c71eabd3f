/** The object URL of the last download, revoked when the next one is made. */
let lastUrl: string | undefined;

/**
 * Saves `body` as a file named `name` (a Blob and a[download]: offline, no request, no HTML sink). A `.csv` gets a
 * byte-order mark so that spreadsheet programs read it as UTF-8. Returns the file name.
 */
export function downloadFile(name: string, body: string): string {
  const csv = name.endsWith('.csv');
  if (lastUrl) URL.revokeObjectURL(lastUrl);
  const a = document.createElement('a');
  a.href = lastUrl = URL.createObjectURL(new Blob([csv ? `\ufeff${body}` : body], { type: csv ? 'text/csv;charset=utf-8' : 'application/json' }));
  a.download = name;
  a.click();
  return name;
}
