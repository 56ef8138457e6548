import { z } from '#src/domain/zod-nl';
import { LIMITS } from '#src/domain/fields';
import { agreementNl } from '#src/i18n/nl/agreement';
import { validationNl } from '#src/i18n/nl/validation';
import { LIFECYCLE_STATES } from './lifecycle.machine';

export const SIGNATURE_IMAGE_MAX_BYTES = 200 * 1024;
/**
 * Pixel size cap of a drawn signature, read from the PNG header before anything decodes it: a
 * 6000 × 6000 image is a few kilobytes compressed but 144 MB once the PDF renderer unpacks it. The
 * signature pad at a device pixel ratio of 3 on a wide screen stays well inside these.
 */
export const SIGNATURE_IMAGE_MAX_WIDTH = 3000;
export const SIGNATURE_IMAGE_MAX_HEIGHT = 1000;
const PNG_PREFIX = 'data:image/png;base64,';

const errors = agreementNl.signatureErrors;

/** Decodes a `data:image/png;base64,` URL; undefined when it is not a real PNG. */
export function decodePngDataUrl(url: string): Uint8Array | undefined {
  if (!url.startsWith(PNG_PREFIX)) return undefined;
  const b64 = url.slice(PNG_PREFIX.length);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) return undefined;
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const magic = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  return magic.every((b, i) => bytes[i] === b) ? bytes : undefined;
}

/** Width and height from a PNG's IHDR chunk (always the first one), without decoding the image. */
export function pngSize(png: Uint8Array): { width: number; height: number } | undefined {
  if (png.length < 24) return undefined;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const ihdr = String.fromCharCode(png[12]!, png[13]!, png[14]!, png[15]!);
  if (view.getUint32(8) !== 13 || ihdr !== 'IHDR') return undefined;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const requiredText = (message: string, max: number = LIMITS.short) =>
  z.string({ error: message }).trim().min(1, message).max(max, validationNl.tooLong(max));

export const signatureBody = z
  .object({
    organisation: requiredText(errors.organisation, 64),
    name: requiredText(errors.name),
    function: requiredText(errors.function),
    method: z.enum(['typed', 'drawn'], { error: errors.method }),
    // Base64 of 200 KB is about 270 000 characters; longer cannot be a valid image.
    image: z.string().max(300_000, errors.imageTooLarge).optional(),
    authorised: z.literal(true, { error: errors.authorised }),
    mandate: z.string().trim().max(500, validationNl.tooLong(500)).optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.method === 'typed') {
      if (body.image) ctx.addIssue({ code: 'custom', path: ['image'], message: errors.imageNotAllowed });
      return;
    }
    if (!body.image) return ctx.addIssue({ code: 'custom', path: ['image'], message: errors.imageRequired });
    const png = decodePngDataUrl(body.image);
    if (!png) return ctx.addIssue({ code: 'custom', path: ['image'], message: errors.imageNotPng });
    if (png.length > SIGNATURE_IMAGE_MAX_BYTES)
      return ctx.addIssue({ code: 'custom', path: ['image'], message: errors.imageTooLarge });
    const size = pngSize(png);
    if (!size || size.width === 0 || size.height === 0)
      return ctx.addIssue({ code: 'custom', path: ['image'], message: errors.imageNotPng });
    if (size.width > SIGNATURE_IMAGE_MAX_WIDTH || size.height > SIGNATURE_IMAGE_MAX_HEIGHT)
      ctx.addIssue({
        code: 'custom',
        path: ['image'],
        message: errors.imageTooManyPixels(SIGNATURE_IMAGE_MAX_WIDTH, SIGNATURE_IMAGE_MAX_HEIGHT),
      });
  });
export type SignatureBody = z.infer<typeof signatureBody>;

export const WITHDRAW_REASON_MAX = 1000;
/** DELETE /versions/:n: why the version is withdrawn (its signatures are voided; the signers see it). */
export const withdrawBody = z
  .object({
    reason: z
      .string({ error: agreementNl.withdrawErrors.reason })
      .trim()
      .min(1, agreementNl.withdrawErrors.reason)
      .max(WITHDRAW_REASON_MAX, validationNl.tooLong(WITHDRAW_REASON_MAX)),
  })
  .strict();
export type WithdrawBody = z.infer<typeof withdrawBody>;

export const lifecycleBody = z.object({ event: z.enum(['ACTIVATE', 'AMEND'], { error: agreementNl.unknownEvent }) }).strict();

export const signatureSchema = z.object({
  id: z.string(),
  organisation: z.string(),
  organisationName: z.string(),
  name: z.string(),
  function: z.string(),
  mandate: z.string().nullable(),
  method: z.enum(['typed', 'drawn']),
  image: z.string().nullable(),
  versionHash: z.string(),
  signedAt: z.string(),
  voidedAt: z.string().nullable(),
  /** Who withdrew the version and so voided this signature, and why (null while it stands). */
  voidedBy: z.string().nullable().optional(),
  voidReason: z.string().nullable().optional(),
});
export type Signature = z.infer<typeof signatureSchema>;

export const versionSchema = z.object({
  number: z.number().int(),
  hash: z.string(),
  frozenAt: z.string(),
  frozenBy: z.string(),
  /** Set when the owner froze the text without every partner's akkoord: their recorded reason. */
  overrideReason: z.string().nullable(),
  replaces: z.number().int().nullable(),
  status: z.enum(['ter-ondertekening', 'getekend', 'ingetrokken']),
  withdrawnAt: z.string().nullable(),
  withdrawnBy: z.string().nullable().optional(),
  withdrawReason: z.string().nullable().optional(),
  signatures: z.array(signatureSchema),
});
export type Version = z.infer<typeof versionSchema>;

export const lifecycleState = z.enum(LIFECYCLE_STATES);
