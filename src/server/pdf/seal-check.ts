/**
 * Reading a seal back: whether a PDF carries a signature, whether it is intact and covers the whole
 * file, and by which certificate. Checks the CMS that seal-signature.ts builds; it does not judge trust.
 */
import { createPublicKey, createVerify } from 'node:crypto';
import { asn1, der, fromDer, OID, publicKeyOf, sha256, type Asn1 } from './seal-asn1';
import { readTimestampToken } from './seal-timestamp';

export interface SealCheck {
  /** The file has a signature whose ByteRange and CMS could be read. */
  signed: boolean;
  /** The signature's digest and RSA signature match the signed bytes. */
  intact: boolean;
  /** The signature covers every byte of the file (nothing appended after sealing). */
  coversWholeFile: boolean;
  /** SHA-256 of the signing certificate, when one was found. */
  certificateFingerprint?: string;
  /** The CMS as stored in /Contents (without padding): identifies one sealing. */
  cms?: Buffer;
  /** The RFC 3161 timestamp on the signature (PAdES B-T), when there is one. */
  timestamp?: SealTimestamp;
}

export interface SealTimestamp {
  /** When the timestamp authority stamped; null when the token cannot be read. */
  time: Date | null;
  /** The token stamps the SHA-256 of this signature's value, so the signature existed at `time`. */
  coversSignature: boolean;
  /** The token's own signature matches its content (trusting the authority is the reader's call). */
  intact: boolean;
  /** SHA-256 of the timestamp authority's certificate. */
  authorityFingerprint?: string;
}

/** The signature-time-stamp attribute among the unsigned attributes of a SignerInfo. */
function timestampOf(signerInfo: Asn1[], signature: Buffer): SealTimestamp | undefined {
  const unsigned = signerInfo.find((p) => p.tagClass === asn1.Class.CONTEXT_SPECIFIC && p.type === 1);
  const attr = (unsigned?.value as Asn1[] | undefined)?.find(
    (a) => asn1.derToOid((a.value as Asn1[])[0]!.value as never) === OID.signatureTimeStampToken,
  );
  if (!attr) return undefined;
  try {
    const info = readTimestampToken(der(((attr.value as Asn1[])[1]!.value as Asn1[])[0]!));
    return {
      time: info.time,
      coversSignature: info.imprintAlgorithm === OID.sha256 && info.imprint.equals(sha256(signature)),
      intact: info.intact,
      authorityFingerprint: info.tsaCertificate && sha256(info.tsaCertificate).toString('hex'),
    };
  } catch {
    return { time: null, coversSignature: false, intact: false };
  }
}

const NOT_SIGNED: SealCheck = { signed: false, intact: false, coversWholeFile: false };

/** The last signature of a PDF, checked cryptographically. Never throws on malformed input. */
export function checkSeal(pdf: Buffer): SealCheck {
  try {
    const at = pdf.lastIndexOf('/ByteRange');
    if (at < 0) return NOT_SIGNED;
    const m = /^\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(pdf.subarray(at, at + 120).toString('latin1'));
    if (!m) return NOT_SIGNED;
    const [a, b, c, d] = m.slice(1).map(Number) as [number, number, number, number];
    if (a !== 0 || b <= 0 || c <= b || c + d > pdf.length || pdf[b] !== 0x3c || pdf[c - 1] !== 0x3e) return NOT_SIGNED;
    const hex = pdf.subarray(b + 1, c - 1).toString('latin1');
    if (!/^[0-9a-fA-F]*$/.test(hex) || hex.length % 2) return NOT_SIGNED;
    const contents = Buffer.from(hex, 'hex');
    const contentInfo = fromDer(contents);
    const cms = contents.subarray(0, asn1.toDer(contentInfo).length());
    const signedData = ((contentInfo.value as Asn1[])[1]!.value as Asn1[])[0]!;
    const parts = signedData.value as Asn1[];
    const certs = parts.find((p) => p.tagClass === asn1.Class.CONTEXT_SPECIFIC && p.type === 0);
    const signerInfo = (parts.at(-1)!.value as Asn1[])[0]!.value as Asn1[];
    const attrsNode = signerInfo.find((p) => p.tagClass === asn1.Class.CONTEXT_SPECIFIC && p.type === 0);
    // The signature value: the OCTET STRING after the signature algorithm (unsigned attributes may follow).
    const signatureNode = signerInfo.find(
      (p, i) => i > 3 && p.tagClass === asn1.Class.UNIVERSAL && p.type === asn1.Type.OCTETSTRING,
    );
    const signature = Buffer.from((signatureNode?.value as string | undefined) ?? '', 'binary');
    const certDer = certs ? der((certs.value as Asn1[])[0]!) : undefined;
    const base: SealCheck = {
      signed: true,
      intact: false,
      coversWholeFile: c + d === pdf.length,
      certificateFingerprint: certDer ? sha256(certDer).toString('hex') : undefined,
      cms,
      timestamp: timestampOf(signerInfo, signature),
    };
    if (!certDer || !attrsNode) return base;
    const signedBytes = Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]);
    const digestAttr = (attrsNode.value as Asn1[]).find(
      (attr) => asn1.derToOid((attr.value as Asn1[])[0]!.value as never) === OID.messageDigest,
    );
    const digest = digestAttr
      ? Buffer.from(((digestAttr.value as Asn1[])[1]!.value as Asn1[])[0]!.value as string, 'binary')
      : undefined;
    if (!digest || !digest.equals(sha256(signedBytes))) return base;
    const attrsDer = der(attrsNode);
    attrsDer[0] = 0x31; // [0] IMPLICIT → SET OF, as it was signed
    const publicKey = createPublicKey({ key: publicKeyOf(certDer), format: 'der', type: 'spki' });
    return { ...base, intact: createVerify('sha256').update(attrsDer).verify(publicKey, signature) };
  } catch {
    return NOT_SIGNED;
  }
}
