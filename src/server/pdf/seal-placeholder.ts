/**
 * The signature's incremental update, with room for the signature: a signature dictionary whose
 * /Contents is a run of zeros and whose /ByteRange is a fixed-width slot, an invisible signature
 * field on the first page, the form that holds it, and the catalog pointing at all of it.
 *
 * The seal is a certification signature (ISO 32000-1, 12.8.2.2, DocMDP): the catalog's /Perms names
 * it and its /Reference says which changes the author allows afterwards. We allow none (/P 1): the
 * seal is set once every partner has signed in Samenwerkwijzer, nothing is left to fill in or sign in
 * the file, and any later change, even an added signature, should show in a reader as breaking the
 * certification, as it does in our own check. PDF 2.0 still allows adding validation data and document
 * timestamps (PAdES B-LT/B-LTA) under /P 1.
 *
 * Hand-written because @signpdf's plain placeholder wrote a `startxref` one byte off, a trailer
 * without /ID and no DocMDP; the file around the update is never re-serialised.
 */
import { appendRevision, readRevision } from './pdf-revision';
import { dictText, parseArray, parseDict, pdfDate, pdfString, PdfStructureError, referenceNumber } from './pdf-syntax';

export const SEAL_SUBFILTER = 'ETSI.CAdES.detached';

/** What the signature dictionary says about the sealing; readers show it in their signature panel. */
export interface SignatureFields {
  reason: string;
  location: string;
  /** Who seals. */
  name: string;
  contactInfo: string;
  /** The signing time (/M): PAdES keeps it here, not in the CMS. */
  signingTime: Date;
}

export interface SignaturePlaceholder {
  /** The file with the update; /ByteRange and /Contents still to be filled in. */
  pdf: Buffer;
  /** Where the ByteRange slot starts (`[`) and how wide it is. */
  byteRangeAt: number;
  byteRangeWidth: number;
  /** Where /Contents' hex string starts (`<`) and ends (past `>`): the bytes the signature leaves out. */
  contentsStart: number;
  contentsEnd: number;
}

/** Four numbers of up to ten digits each: every file this code can write. */
const BYTE_RANGE_WIDTH = '[0 0000000000 0000000000 0000000000]'.length;
const NO_CHANGES = 1;

/** The ByteRange slot filled in, padded to its fixed width. */
export const byteRangeText = (range: readonly number[]) => `[${range.join(' ')}]`.padEnd(BYTE_RANGE_WIDTH, ' ');

/** The first page's reference: the Pages tree walked down its first kids. */
function firstPage(revision: ReturnType<typeof readRevision>, catalog: Map<string, string>): string {
  let ref = catalog.get('Pages');
  for (let depth = 0; ref && depth < 32; depth++) {
    const node = revision.dict(ref);
    if (node.get('Type') === '/Page') return ref;
    ref = parseArray(node.get('Kids') ?? '[]')[0];
  }
  throw new PdfStructureError('The document has no pages');
}

/** `pdf` with a certification signature's update; `contentsBytes` is the room for the CMS. */
export function addSignaturePlaceholder(pdf: Buffer, fields: SignatureFields, contentsBytes: number): SignaturePlaceholder {
  const revision = readRevision(pdf);
  const rootRef = revision.trailer.get('Root')!;
  const catalog = revision.dict(rootRef);
  if (catalog.has('AcroForm') || catalog.has('Perms')) {
    throw new PdfStructureError('The document already has a form or a certification; sealing it is not supported');
  }
  const pageRef = firstPage(revision, catalog);
  const page = revision.dict(pageRef);

  const next = Number(revision.trailer.get('Size') ?? 0);
  const [sig, widget, form] = [next, next + 1, next + 2];
  const ref = (n: number) => `${n} 0 R`;

  const signature = dictText([
    ['Type', '/Sig'],
    ['Filter', '/Adobe.PPKLite'],
    ['SubFilter', `/${SEAL_SUBFILTER}`],
    ['ByteRange', byteRangeText([0, 0, 0, 0])],
    ['Contents', `<${'0'.repeat(contentsBytes * 2)}>`],
    ['M', pdfDate(fields.signingTime)],
    ['Name', pdfString(fields.name)],
    ['Reason', pdfString(fields.reason)],
    ['Location', pdfString(fields.location)],
    ...(fields.contactInfo ? [['ContactInfo', pdfString(fields.contactInfo)] as [string, string]] : []),
    [
      'Reference',
      `[${dictText([
        ['Type', '/SigRef'],
        ['TransformMethod', '/DocMDP'],
        [
          'TransformParams',
          dictText([
            ['Type', '/TransformParams'],
            ['P', String(NO_CHANGES)],
            ['V', '/1.2'],
          ]),
        ],
      ])}]`,
    ],
    ['Prop_Build', '<< /App << /Name /Samenwerkwijzer >> >>'],
  ]);
  // Invisible (no rectangle), printed with the page (4) and locked (128), as for any invisible signature.
  const field = dictText([
    ['Type', '/Annot'],
    ['Subtype', '/Widget'],
    ['FT', '/Sig'],
    ['T', pdfString('Zegel')],
    ['V', ref(sig)],
    ['P', pageRef],
    ['Rect', '[0 0 0 0]'],
    ['F', '132'],
  ]);
  const acroForm = dictText([
    ['Fields', `[${ref(widget)}]`],
    ['SigFlags', '3'],
  ]);

  const annots = page.get('Annots');
  if (annots !== undefined && referenceNumber(annots) !== null) {
    throw new PdfStructureError('A page whose annotations are a separate object is not supported');
  }
  page.set('Annots', `[${[...(annots ? parseArray(annots) : []), ref(widget)].join(' ')}]`);

  catalog.set('AcroForm', ref(form));
  catalog.set('Perms', dictText([['DocMDP', ref(sig)]]));
  // ETSI.CAdES.detached is part of PDF 2.0; a 1.7 file declares it as ETSI's extension level 2.
  if (revision.headerVersion < 2) {
    if (revision.headerVersion < 1.7) catalog.set('Version', '/1.7');
    const existing = catalog.get('Extensions');
    if (existing !== undefined && !existing.startsWith('<<')) {
      throw new PdfStructureError('Extensions kept in a separate object are not supported');
    }
    const extensions = existing ? parseDict(existing).entries : new Map<string, string>();
    extensions.set('ESIC', '<< /BaseVersion /1.7 /ExtensionLevel 2 >>');
    catalog.set('Extensions', dictText(extensions));
  }

  const out = appendRevision(pdf, revision, [
    { number: referenceNumber(rootRef)!, body: dictText(catalog) },
    { number: referenceNumber(pageRef)!, body: dictText(page) },
    { number: sig, body: signature },
    { number: widget, body: field },
    { number: form, body: acroForm },
  ]);

  const sigAt = out.indexOf(`\n${sig} 0 obj\n`, pdf.length - 1);
  const byteRangeAt = out.indexOf('/ByteRange ', sigAt) + '/ByteRange '.length;
  const contentsStart = out.indexOf('/Contents <', sigAt) + '/Contents '.length;
  return {
    pdf: out,
    byteRangeAt,
    byteRangeWidth: BYTE_RANGE_WIDTH,
    contentsStart,
    contentsEnd: contentsStart + contentsBytes * 2 + 2,
  };
}
