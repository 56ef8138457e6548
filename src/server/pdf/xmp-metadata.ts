/**
 * XMP metadata (ISO 16684-1) for every PDF the server renders, made from the same values pdfkit writes
 * into the document information dictionary, so the two always agree. Archives and document systems
 * read XMP rather than the information dictionary, which PDF 2.0 deprecates.
 *
 * pdfkit writes XMP itself for PDF 1.4 and later, but without escaping (an "&" in a title makes the
 * packet unreadable) and with only a few fields; this replaces its writer. The agreement's keywords
 * `name:value` (dossier, versie, status, sha256, vervangt) become properties of their own, and the
 * content hash is the document's dc:identifier.
 */
import PDFDocument from 'pdfkit';

/** pdfkit's document information, as given to `new PDFDocument({ info })`. */
export interface PdfInfo {
  Title?: string;
  Author?: string;
  Subject?: string;
  Keywords?: string;
  Creator?: string;
  Producer?: string;
  CreationDate?: Date;
  ModDate?: Date;
}

/** Our own properties: one per `name:value` keyword. */
export const XMP_NAMESPACE = 'urn:samenwerkwijzer:xmp:1.0/';
export const XMP_PREFIX = 'sww';

const escapeXml = (text: string) =>
  text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
// XMP dates are ISO 8601; like pdfkit's information dictionary, in UTC and to the second.
const xmpDate = (date: Date) => `${date.toISOString().slice(0, 19)}Z`;

/** The `name:value` pairs among comma-separated keywords. */
export function keywordProperties(keywords: string | undefined): [string, string][] {
  return (keywords ?? '')
    .split(',')
    .map((k) => /^([a-z][a-z0-9]*):(\S+)$/.exec(k.trim()))
    .filter((m) => m !== null)
    .map((m) => [m[1]!, m[2]!]);
}

/** The XMP packet for a document with this information and language. */
export function xmpPacket(info: PdfInfo, language?: string): string {
  const lines: string[] = [];
  const simple = (name: string, value: string | undefined) => {
    if (value) lines.push(`<${name}>${escapeXml(value)}</${name}>`);
  };
  const container = (name: string, kind: 'Alt' | 'Seq' | 'Bag', value: string | undefined) => {
    if (!value) return;
    const lang = kind === 'Alt' ? ' xml:lang="x-default"' : '';
    lines.push(`<${name}><rdf:${kind}><rdf:li${lang}>${escapeXml(value)}</rdf:li></rdf:${kind}></${name}>`);
  };
  const properties = keywordProperties(info.Keywords);
  const hash = properties.find(([name]) => name === 'sha256')?.[1];

  simple('dc:format', 'application/pdf');
  container('dc:title', 'Alt', info.Title);
  container('dc:creator', 'Seq', info.Author);
  container('dc:description', 'Alt', info.Subject);
  container('dc:language', 'Bag', language);
  simple('dc:identifier', hash ? `sha256:${hash}` : undefined);
  simple('xmp:CreatorTool', info.Creator);
  simple('xmp:CreateDate', info.CreationDate && xmpDate(info.CreationDate));
  simple('xmp:ModifyDate', info.ModDate && xmpDate(info.ModDate));
  simple('xmp:MetadataDate', (info.ModDate ?? info.CreationDate) && xmpDate((info.ModDate ?? info.CreationDate)!));
  simple('pdf:Producer', info.Producer);
  simple('pdf:Keywords', info.Keywords);
  for (const [name, value] of properties) simple(`${XMP_PREFIX}:${name}`, value);

  return [
    '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
    ` xmlns:${XMP_PREFIX}="${XMP_NAMESPACE}">`,
    ...lines,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    // Read-only: the file is final once rendered (and may be sealed), so no padding for edits in place.
    '<?xpacket end="r"?>',
  ].join('\n');
}

interface MetadataDocument {
  version: number;
  subset?: unknown;
  info: PdfInfo;
  _root: { data: { Lang?: unknown; Metadata?: unknown } };
  ref(data: object): { compress: boolean; write(chunk: Uint8Array): void; end(): void };
}
type EndMetadata = (this: MetadataDocument) => void;

let patched = false;

/** Makes pdfkit write our XMP packet into every document of version 1.4 or later. */
export function writeXmpMetadata() {
  if (patched) return;
  patched = true;
  const proto = (PDFDocument as unknown as { prototype: { endMetadata: EndMetadata } }).prototype;
  const original = proto.endMetadata;
  proto.endMetadata = function (this: MetadataDocument) {
    // PDF/A and PDF/UA documents add their identification to pdfkit's own packet; leave those to it.
    if (this.version < 1.4 || this.subset) return original.call(this);
    const lang = this._root.data.Lang;
    const metadata = this.ref({ Type: 'Metadata', Subtype: 'XML' });
    // Uncompressed, as ISO 32000 recommends, so that tools that do not read PDF can still find it.
    metadata.compress = false;
    metadata.write(Buffer.from(xmpPacket(this.info, lang === undefined ? undefined : String(lang)), 'utf8'));
    metadata.end();
    this._root.data.Metadata = metadata;
  };
}
