/**
 * CSV for Dutch spreadsheet programs: UTF-8 with a byte order mark (so Excel reads the diacritics
 * right), `;` between cells (the list separator of the Dutch locale), CRLF between lines. Pure and
 * isomorphic: the client wraps the result in a Blob, the server sends it as a download.
 */

export const BOM = '\uFEFF';
const SEPARATOR = ';';
const LINE_END = '\r\n';

/**
 * A cell a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, or a leading tab or carriage return)
 * gets a leading apostrophe, so it shows as the text that was typed and never runs (CSV injection).
 */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One cell: neutralised, and quoted when it holds a separator, a quote or a line break. */
export function csvCell(value: string): string {
  const text = neutralise(value);
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(table: readonly (readonly string[])[]): string {
  return BOM + table.map((row) => row.map(csvCell).join(SEPARATOR)).join(LINE_END) + LINE_END;
}
