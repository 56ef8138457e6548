/**
 * The agreement as PDF: the current draft, each version (sealed once signed), and the public check
 * of an uploaded PDF against the sealed versions.
 */
import { createHash } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Db } from '#src/db/db';
import { audit, loadDossier } from '#src/db/dossiers';
import { findSealedVersion, listVersions, sealedPdf, storeSealedPdf, versionText } from '#src/db/agreements';
import { dossierAgreementContent, type AgreementContent } from '#src/domain/agreement/content';
import { canonicalJson, sha256Hex } from '#src/domain/agreement/canonical';
import { STEPS } from '#steps/index';
import { agreementFileName, draftMeta, toAgreementData, versionMeta, type AgreementData } from '#templates/to-agreement-data';
import type { AuthVars } from './auth';
import { MESSAGES } from './http';
import { readUpload } from './upload';
import { PdfRenderError, type PdfRenderer } from './pdf/render-thread';
import { checkSeal } from './pdf/seal-check';
import type { Seal } from './pdf/seal-signature';
import type { VerifyResult } from '#src/domain/agreement/verify';
import { AGREEMENT_MESSAGES } from './agreement-routes';

export const VERIFY_PATH = '/api/verify';
/** The seal is set by the server, on the first download of a signed version. */
const SEAL_ACTOR = 'Samenwerkwijzer (zegel)';
/** A sealed agreement is a few hundred kilobytes; drawn signatures add at most 200 KB each. */
export const VERIFY_MAX_BYTES = 20 * 1024 * 1024;

export const PDF_MESSAGES = {
  renderFailed:
    'De PDF kon nu niet worden gemaakt. Probeer het over een halve minuut opnieuw; lukt het dan nog niet, meld het bij de beheerder van Samenwerkwijzer.',
} as const;

export const VERIFY_MESSAGES = {
  tooLarge: 'Het bestand is te groot (hoogstens 20 MB). Een overeenkomst uit Samenwerkwijzer is veel kleiner.',
  notPdfType: 'Stuur het bestand als PDF (Content-Type: application/pdf).',
  notPdf: 'Dit bestand is geen PDF. Kies het pdf-bestand van de overeenkomst.',
  sealed: (version: number) =>
    `Dit is versie ${version} van de overeenkomst, zoals die door alle partners is ondertekend en door Samenwerkwijzer is verzegeld. Het bestand is niet gewijzigd.`,
  changed:
    'Dit bestand is gewijzigd nadat het werd verzegeld: het zegel klopt niet meer. Vertrouw de inhoud niet en download de overeenkomst opnieuw uit het dossier.',
  appended:
    'Het zegel zelf is geldig, maar na het verzegelen is er iets aan het bestand toegevoegd. Vertrouw de inhoud niet en download de overeenkomst opnieuw uit het dossier.',
  unknownSealed:
    'Het zegel van Samenwerkwijzer is geldig en het bestand is niet gewijzigd, maar deze versie is hier niet bekend. Controleer het bestand in de Samenwerkwijzer waar het dossier staat.',
  foreignSignature:
    'Dit bestand is wel elektronisch ondertekend, maar niet met het zegel van Samenwerkwijzer. Het is geen verzegelde overeenkomst uit Samenwerkwijzer.',
  notSealed:
    'Dit bestand heeft geen zegel van Samenwerkwijzer. Het is geen getekende en verzegelde overeenkomst (een concept of een versie die nog ter ondertekening ligt, wordt niet verzegeld).',
} as const;

const versionNumber = (raw: string) => (/^[1-9][0-9]{0,5}$/.test(raw) ? Number(raw) : null);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function pdfResponse(c: Context, bytes: Uint8Array, fileName: string) {
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
    'Content-Type': 'application/pdf',
    'Content-Disposition': `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    'Content-Length': String(bytes.length),
  });
}

/** A render that failed or whose thread stopped: 503, try again in half a minute (the next render starts a new thread). */
export async function renderedOr503(render: () => Promise<Buffer>): Promise<Buffer> {
  try {
    return await render();
  } catch (err) {
    if (err instanceof PdfRenderError)
      throw new HTTPException(503, {
        res: Response.json({ error: PDF_MESSAGES.renderFailed }, { status: 503, headers: { 'Retry-After': '30' } }),
      });
    throw err;
  }
}

/** Which dossier and version a PDF says it is (its metadata keywords); only a claim until checked. */
function claimedVersion(pdf: Buffer): { dossierId: string; version: number } | null {
  const text = pdf.toString('latin1');
  const dossier = /dossier:([A-Za-z0-9_-]{8,64})/.exec(text);
  const version = /versie:([1-9][0-9]{0,5})\b/.exec(text);
  return dossier && version ? { dossierId: dossier[1]!, version: Number(version[1]) } : null;
}

/**
 * A version as PDF: the stored sealed bytes when there are some; a signed version not sealed yet is
 * rendered, sealed and stored now (so every later download, and an export, is those same bytes); a
 * version not signed is rendered as it stands. Null when the version does not exist.
 */
export function versionPdfs(db: Db, seal: () => Promise<Seal>, renderer: PdfRenderer) {
  const render = (data: AgreementData) => renderedOr503(() => renderer.render(data));

  async function versionPdf(dossierId: string, number: number): Promise<{ bytes: Uint8Array; fileName: string } | null> {
    const text = await versionText(db, dossierId, number);
    if (!text) return null;
    const content = JSON.parse(text.canonical) as AgreementContent;
    // Only signed versions are sealed; once sealed, every download is these stored bytes.
    const stored = await sealedPdf(db, dossierId, number);
    if (stored) return { bytes: stored, fileName: agreementFileName(content.title, number) };

    const versions = await listVersions(db, dossierId);
    const version = versions.find((v) => v.number === number)!;
    const now = new Date();
    const agreement = toAgreementData(content, versionMeta(dossierId, version, versions, now.toISOString()));
    if (version.status !== 'getekend') return { bytes: await render(agreement), fileName: agreement.fileName };
    const sealed = await (
      await seal()
    ).seal(await render(agreement), {
      reason: `Verzegelde samenwerkingsovereenkomst, versie ${number}, inhoud-hash ${version.hash}`,
      location: content.gemeente,
      name: 'Samenwerkwijzer',
      contactInfo: '',
      signingTime: now,
    });
    const kept = await storeSealedPdf(db, dossierId, number, sealed, sha256(sealed));
    if (Buffer.compare(Buffer.from(kept), sealed) === 0) {
      await audit(db, {
        dossierId,
        action: 'version.seal',
        object: `dossier:${dossierId}/version:${number}`,
        result: 'ok',
        actor: SEAL_ACTOR,
      });
    }
    return { bytes: kept, fileName: agreement.fileName };
  }

  return { render, versionPdf };
}

export function registerPdfRoutes(app: Hono<{ Variables: AuthVars }>, db: Db, seal: () => Promise<Seal>, renderer: PdfRenderer) {
  const { render, versionPdf } = versionPdfs(db, seal, renderer);

  app.get('/api/dossiers/:id/agreement.pdf', async (c) => {
    const dossierId = c.get('dossierId');
    const found = await loadDossier(db, dossierId);
    if (!found) return c.json({ error: MESSAGES.dossierNotFound }, 404);
    const data = Object.fromEntries([...found.steps].map(([id, s]) => [id, s.data]));
    const content = dossierAgreementContent(STEPS, found.dossier, data);
    const hash = await sha256Hex(canonicalJson(content));
    const versions = await listVersions(db, dossierId);
    const agreement = toAgreementData(content, draftMeta(dossierId, hash, versions, new Date().toISOString()));
    return pdfResponse(c, await render(agreement), agreement.fileName);
  });

  app.get('/api/dossiers/:id/versions/:n/agreement.pdf', async (c) => {
    const number = versionNumber(c.req.param('n'));
    const pdf = number === null ? null : await versionPdf(c.get('dossierId'), number);
    if (!pdf) return c.json({ error: AGREEMENT_MESSAGES.unknownVersion }, 404);
    return pdfResponse(c, pdf.bytes, pdf.fileName);
  });

  app.post(VERIFY_PATH, async (c) => {
    const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/pdf' && type !== 'application/octet-stream') {
      // Refused before the upload is read: the client must not send its next request on this connection.
      return c.json({ error: VERIFY_MESSAGES.notPdfType }, 415, { Connection: 'close' });
    }
    const upload = await readUpload(c, VERIFY_MAX_BYTES, { error: VERIFY_MESSAGES.tooLarge });
    if (!upload.ok) return upload.response;
    const pdf = upload.bytes;
    if (!pdf.subarray(0, 1024).includes('%PDF-')) return c.json({ error: VERIFY_MESSAGES.notPdf }, 400);
    return c.json(await verify(pdf));
  });

  async function verify(pdf: Buffer): Promise<VerifyResult> {
    const exact = await findSealedVersion(db, sha256(pdf));
    if (exact) {
      return {
        sealed: true,
        unaltered: true,
        dossierId: exact.dossier_id,
        version: exact.number,
        hash: exact.hash,
        message: VERIFY_MESSAGES.sealed(exact.number),
      };
    }
    const check = checkSeal(pdf);
    if (!check.signed) return { sealed: false, unaltered: false, message: VERIFY_MESSAGES.notSealed };
    // Ours when signed by this server's seal, or when it is the very sealing of the version it names.
    const claim = claimedVersion(pdf);
    const stored = claim ? await sealedPdf(db, claim.dossierId, claim.version) : null;
    const sameSealing = !!stored && !!check.cms && !!checkSeal(Buffer.from(stored)).cms?.equals(check.cms);
    const ours = sameSealing || check.certificateFingerprint === (await seal()).identity.fingerprint;
    if (!ours) return { sealed: false, unaltered: false, message: VERIFY_MESSAGES.foreignSignature };
    const which =
      sameSealing && claim
        ? {
            dossierId: claim.dossierId,
            version: claim.version,
            hash: (await versionText(db, claim.dossierId, claim.version))?.hash,
          }
        : {};
    if (!check.intact) return { sealed: false, unaltered: false, ...which, message: VERIFY_MESSAGES.changed };
    if (!check.coversWholeFile || sameSealing)
      return { sealed: true, unaltered: false, ...which, message: VERIFY_MESSAGES.appended };
    return { sealed: true, unaltered: true, message: VERIFY_MESSAGES.unknownSealed };
  }
}
