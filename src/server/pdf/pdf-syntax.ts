/**
 * Just enough of the PDF object syntax (ISO 32000-1, 7.3) to read and rewrite a dictionary: where a
 * value ends, a dictionary's entries as raw text, and writing names, strings and dates. The seal
 * changes only a few dictionaries (catalog, first page) of a file it never re-serialises, so values
 * stay as the text they were; nothing here interprets streams or content.
 */

/** The file is not the kind of PDF this code can add a revision to; a bug or a foreign file, never user input. */
export class PdfStructureError extends Error {}

const WHITESPACE = /[\0\t\n\f\r ]/;
const DELIMITER = /[()<>[\]{}/%]/;
const REFERENCE = /\d+\s+\d+\s+R(?=[\0\t\n\f\r ()<>[\]{}/%]|$)/y;

/** Index of the first character at or after `at` that is neither whitespace nor part of a comment. */
export function skipSpace(text: string, at: number): number {
  while (at < text.length) {
    if (WHITESPACE.test(text[at]!)) at++;
    else if (text[at] === '%') while (at < text.length && text[at] !== '\n' && text[at] !== '\r') at++;
    else break;
  }
  return at;
}

function endOfLiteralString(text: string, at: number): number {
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  throw new PdfStructureError('Unterminated string');
}

function endOfToken(text: string, at: number): number {
  let i = at;
  while (i < text.length && !WHITESPACE.test(text[i]!) && !DELIMITER.test(text[i]!)) i++;
  return i;
}

/** Index just past the value that starts at `at` (leading whitespace allowed): `12 0 R` counts as one value. */
export function endOfValue(text: string, at: number): number {
  const i = skipSpace(text, at);
  const c = text[i];
  if (c === undefined) throw new PdfStructureError('Value expected at end of input');
  if (text.startsWith('<<', i) || c === '[') {
    const close = c === '[' ? ']' : '>>';
    let j = i + (c === '[' ? 1 : 2);
    for (;;) {
      j = skipSpace(text, j);
      if (j >= text.length) throw new PdfStructureError(`Unterminated ${c === '[' ? 'array' : 'dictionary'}`);
      if (text.startsWith(close, j)) return j + close.length;
      j = endOfValue(text, j);
    }
  }
  if (c === '(') return endOfLiteralString(text, i);
  if (c === '<') {
    const end = text.indexOf('>', i);
    if (end < 0) throw new PdfStructureError('Unterminated hex string');
    return end + 1;
  }
  if (c === '/') return endOfToken(text, i + 1);
  REFERENCE.lastIndex = i;
  if (REFERENCE.test(text)) return REFERENCE.lastIndex;
  const end = endOfToken(text, i);
  if (end === i) throw new PdfStructureError(`Unexpected "${c}" at ${i}`);
  return end;
}

/** The entries of the dictionary starting at `at`: key (without the slash) → the value's raw text. */
export function parseDict(text: string, at = 0): { entries: Map<string, string>; end: number } {
  let i = skipSpace(text, at);
  if (!text.startsWith('<<', i)) throw new PdfStructureError(`Dictionary expected at ${i}`);
  i += 2;
  const entries = new Map<string, string>();
  for (;;) {
    i = skipSpace(text, i);
    if (text.startsWith('>>', i)) return { entries, end: i + 2 };
    if (text[i] !== '/') throw new PdfStructureError(`Name expected at ${i}`);
    const keyEnd = endOfToken(text, i + 1);
    const valueStart = skipSpace(text, keyEnd);
    const valueEnd = endOfValue(text, valueStart);
    entries.set(text.slice(i + 1, keyEnd), text.slice(valueStart, valueEnd));
    i = valueEnd;
  }
}

/** The raw values of an array (`[…]`). */
export function parseArray(text: string): string[] {
  let i = skipSpace(text, 0);
  if (text[i] !== '[') throw new PdfStructureError('Array expected');
  i++;
  const items: string[] = [];
  for (;;) {
    i = skipSpace(text, i);
    if (i >= text.length) throw new PdfStructureError('Unterminated array');
    if (text[i] === ']') return items;
    const end = endOfValue(text, i);
    items.push(text.slice(i, end));
    i = end;
  }
}

/** The object number of a reference (`12 0 R`), or null when the value is not one. */
export function referenceNumber(value: string): number | null {
  const m = /^(\d+)\s+\d+\s+R$/.exec(value.trim());
  return m ? Number(m[1]) : null;
}

/** A dictionary from entries whose values are already PDF text. */
export function dictText(entries: Iterable<[string, string]>): string {
  let out = '<<';
  for (const [key, value] of entries) out += `\n/${key} ${value}`;
  return `${out}\n>>`;
}

/**
 * A text string: printable ASCII as a literal string, anything else as UTF-16BE with its byte order
 * mark (ISO 32000-1, 7.9.2.2), so names such as "Súdwest-Fryslân" survive every reader.
 */
export function pdfString(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  const utf16 = Buffer.from(text, 'utf16le').swap16();
  return `<FEFF${utf16.toString('hex').toUpperCase()}>`;
}

/** A date string in UTC (ISO 32000-1, 7.9.4), as pdfkit writes the document's own dates. */
export function pdfDate(date: Date): string {
  const iso = date.toISOString(); // 2026-05-01T09:30:00.000Z
  return `(D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z)`;
}
