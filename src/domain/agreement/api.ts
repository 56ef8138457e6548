import { z } from '#src/domain/zod-nl';
import { LIMITS } from '#src/domain/fields';
import { agreementNl } from '#src/i18n/nl/agreement';
import { validationNl } from '#src/i18n/nl/validation';
import { LIFECYCLE_STATES } from './lifecycle.machine';

export const SIGNATURE_IMAGE_MAX_BYTES = 200 * 1024;
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
    if (png.length > SIGNATURE_IMAGE_MAX_BYTES) ctx.addIssue({ code: 'custom', path: ['image'], message: errors.imageTooLarge });
  });
export type SignatureBody = z.infer<typeof signatureBody>;

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
  signatures: z.array(signatureSchema),
});
export type Version = z.infer<typeof versionSchema>;

export const lifecycleState = z.enum(LIFECYCLE_STATES);
