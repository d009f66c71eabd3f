/** On `<html>` while an Aman element prints (`data-aman-print` marks the element itself). */
const PRINTING = 'data-aman-printing';
const TARGET = 'data-aman-print';
let sheet: CSSStyleSheet | undefined;

/**
 * Prints only `host`, whatever else the page holds, on A4 (a `@page` rule works only in a document-level sheet, so
 * one small constructed sheet is adopted by the document while printing; nothing is written into the page).
 * `before` runs first (the element renders its printable view) and `after` once the print dialog closed.
 */
export async function printOnly(host: HTMLElement, before?: () => Promise<unknown>, after?: () => void): Promise<void> {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    // Everything in the page that neither is nor holds the element is left out of the printout.
    sheet.replaceSync(
      `@media print{html[${PRINTING}] body :not([${TARGET}]):not(:has([${TARGET}])):not([${TARGET}] *){display:none!important}}` +
        `@page{size:A4;margin:14mm}`,
    );
  }
  if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const root = document.documentElement;
  root.setAttribute(PRINTING, '');
  host.setAttribute(TARGET, '');
  if (before) await before(); // without one, print() comes in the same task as the click (a user gesture)
  addEventListener(
    'afterprint',
    () => {
      root.removeAttribute(PRINTING);
      host.removeAttribute(TARGET);
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      after?.();
    },
    { once: true },
  );
  print();
}
