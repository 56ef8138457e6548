/**
 * Reading a PDF's cross-reference table and appending an incremental update (ISO 32000-1, 7.5.6):
 * new and changed objects after the last `%%EOF`, their own cross-reference section, and a trailer
 * that points back to the previous one. Every byte before the update stays as it was, which is what
 * lets the seal sign the rendered document as it came out of the renderer.
 *
 * Only classic cross-reference tables are read (what pdfkit writes); a file with cross-reference
 * streams or encryption is refused with a PdfStructureError rather than half understood.
 */
import { createHash } from 'node:crypto';
import { dictText, parseDict, PdfStructureError, referenceNumber } from './pdf-syntax';

export interface PdfRevision {
  /** The newest trailer's entries (raw values). */
  trailer: Map<string, string>;
  /** Where the newest cross-reference section starts (the file's `startxref`). */
  startxref: number;
  /** The version in the header (`%PDF-1.7` → 1.7). */
  headerVersion: number;
  /** The entries of the dictionary object that `ref` (`12 0 R`) points to. */
  dict(ref: string): Map<string, string>;
}

export interface RevisionObject {
  number: number;
  /** The object's value: a dictionary without a stream. */
  body: string;
}

const ENTRY = /(\d{10}) (\d{5}) ([nf])[\r\n ]{2}/y;
const SUBSECTION = /(\d+) (\d+)[ \t]*(?:\r\n|\r|\n)/y;

/** The file's newest revision: its trailer and a way to read the dictionaries it refers to. */
export function readRevision(pdf: Buffer): PdfRevision {
  const text = pdf.toString('latin1');
  const header = /%PDF-(\d\.\d)/.exec(text.slice(0, 1024));
  if (!header) throw new PdfStructureError('No PDF header');
  const tail = text.slice(-1024);
  const last = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!last) throw new PdfStructureError('No startxref at the end of the file');
  const startxref = Number(last[1]);

  const offsets = new Map<number, number>();
  let trailer: Map<string, string> | undefined;
  const seen = new Set<number>();
  for (let at: number | null = startxref; at !== null;) {
    if (seen.has(at)) throw new PdfStructureError('Cross-reference sections form a loop');
    seen.add(at);
    const section = readSection(text, at);
    for (const [n, offset] of section.offsets) if (!offsets.has(n)) offsets.set(n, offset);
    trailer ??= section.trailer;
    const prev = section.trailer.get('Prev');
    at = prev === undefined ? null : Number(prev);
  }
  if (trailer!.has('Encrypt')) throw new PdfStructureError('Encrypted files are not supported');
  if (!trailer!.has('Root')) throw new PdfStructureError('The trailer names no catalog');

  return {
    trailer: trailer!,
    startxref,
    headerVersion: Number(header[1]),
    dict(ref) {
      const n = referenceNumber(ref);
      const offset = n === null ? undefined : offsets.get(n);
      if (offset === undefined) throw new PdfStructureError(`No object for ${ref}`);
      const head = /(\d+)\s+(\d+)\s+obj\b/y;
      head.lastIndex = offset;
      const m = head.exec(text);
      if (!m || Number(m[1]) !== n) throw new PdfStructureError(`Object ${n} is not at offset ${offset}`);
      return parseDict(text, head.lastIndex).entries;
    },
  };
}

function readSection(text: string, at: number): { offsets: Map<number, number>; trailer: Map<string, string> } {
  if (!text.startsWith('xref', at)) throw new PdfStructureError(`No cross-reference table at ${at} (streams are not supported)`);
  let i = at + 4;
  while (/\s/.test(text[i] ?? '')) i++;
  const offsets = new Map<number, number>();
  for (;;) {
    SUBSECTION.lastIndex = i;
    const sub = SUBSECTION.exec(text);
    if (!sub) break;
    i = SUBSECTION.lastIndex;
    const first = Number(sub[1]);
    for (let k = 0; k < Number(sub[2]); k++) {
      ENTRY.lastIndex = i;
      const entry = ENTRY.exec(text);
      if (!entry) throw new PdfStructureError(`Malformed cross-reference entry at ${i}`);
      i = ENTRY.lastIndex;
      if (entry[3] === 'n') offsets.set(first + k, Number(entry[1]));
    }
  }
  while (/\s/.test(text[i] ?? '')) i++;
  if (!text.startsWith('trailer', i)) throw new PdfStructureError(`No trailer after the cross-reference table at ${at}`);
  return { offsets, trailer: parseDict(text, i + 'trailer'.length).entries };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * `pdf` with an incremental update holding `objects`: a cross-reference section with one entry per
 * object, a trailer with the previous one's Root and Info, `/Prev`, and a file identifier whose first
 * half stays the original's (the same document) and whose second half is new (another revision).
 */
export function appendRevision(pdf: Buffer, revision: PdfRevision, objects: readonly RevisionObject[]): Buffer {
  const parts: Buffer[] = [pdf];
  let length = pdf.length;
  const push = (s: string) => {
    const b = Buffer.from(s, 'latin1');
    parts.push(b);
    length += b.length;
  };
  // The update starts on a line of its own.
  if (pdf[pdf.length - 1] !== 0x0a && pdf[pdf.length - 1] !== 0x0d) push('\n');

  const offsets = new Map<number, number>();
  for (const o of objects) {
    offsets.set(o.number, length);
    push(`${o.number} 0 obj\n${o.body}\nendobj\n`);
  }

  const xrefAt = length;
  const numbers = [...offsets.keys()].sort((a, b) => a - b);
  let xref = 'xref\n';
  for (let i = 0; i < numbers.length;) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    xref += `${numbers[i]} ${j - i + 1}\n`;
    for (let k = i; k <= j; k++) xref += `${pad(offsets.get(numbers[k]!)!, 10)} 00000 n \n`;
    i = j + 1;
  }
  push(xref);

  const previous = revision.trailer;
  const size = Math.max(Number(previous.get('Size') ?? 0), numbers.at(-1)! + 1);
  const added = createHash('sha256')
    .update(Buffer.concat(parts.slice(1)))
    .digest('hex')
    .slice(0, 32)
    .toUpperCase();
  const firstId = /^\[\s*(<[0-9A-Fa-f]*>)/.exec(previous.get('ID') ?? '')?.[1] ?? `<${added}>`;
  const trailer: [string, string][] = [
    ['Size', String(size)],
    ['Root', previous.get('Root')!],
    ...(previous.has('Info') ? [['Info', previous.get('Info')!] as [string, string]] : []),
    ['ID', `[${firstId} <${added}>]`],
    ['Prev', String(revision.startxref)],
  ];
  push(`trailer\n${dictText(trailer)}\nstartxref\n${xrefAt}\n%%EOF\n`);
  return Buffer.concat(parts, length);
}
