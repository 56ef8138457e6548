/**
 * ASN.1 (DER) helpers over node-forge, shared by the seal's parts: building the signature
 * (seal-signature.ts), the certificate it is made with (seal-identity.ts), its timestamp
 * (seal-timestamp.ts) and checking it (seal-check.ts).
 */
import { createHash, createPublicKey } from 'node:crypto';
import forge from 'node-forge';

export const { asn1 } = forge;
export type Asn1 = forge.asn1.Asn1;

export const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  /** RFC 3161's unsigned attribute: a timestamp over the signature value. */
  signatureTimeStampToken: '1.2.840.113549.1.9.16.2.14',
  /** The content type of a timestamp token's signed content. */
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
} as const;

export const seq = (...items: Asn1[]) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, items);
export const set = (...items: Asn1[]) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, items);
export const oid = (id: string) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(id).getBytes());
export const octets = (bytes: Buffer) =>
  asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, bytes.toString('binary'));
export const int = (n: number) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, asn1.integerToDer(n).getBytes());
export const nul = () => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, false, '');
export const explicit = (tag: number, inner: Asn1) => asn1.create(asn1.Class.CONTEXT_SPECIFIC, tag, true, [inner]);
export const der = (node: Asn1) => Buffer.from(asn1.toDer(node).getBytes(), 'binary');
// node-forge accepts options here (its types do not say so): trailing bytes (the zero padding of
// /Contents) are allowed, and bit strings stay opaque so they re-encode byte for byte.
const fromDerWithOptions = asn1.fromDer as unknown as (bytes: forge.util.ByteStringBuffer, options: object) => Asn1;
export const fromDer = (bytes: Buffer) =>
  fromDerWithOptions(forge.util.createBuffer(bytes.toString('binary')), { parseAllBytes: false, decodeBitStrings: false });
/** A certificate as node-forge's object (which needs its bit strings decoded). */
export const forgeCert = (certDer: Buffer) =>
  forge.pki.certificateFromAsn1(asn1.fromDer(forge.util.createBuffer(certDer.toString('binary'))));
export const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest();

/** The public key of a certificate (DER), as SubjectPublicKeyInfo DER, for comparing keys. */
export function publicKeyOf(certDer: Buffer): Buffer {
  const cert = forgeCert(certDer);
  return createPublicKey(forge.pki.publicKeyToPem(cert.publicKey)).export({ type: 'spki', format: 'der' });
}
