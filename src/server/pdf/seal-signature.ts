/**
 * The seal: a PAdES certification signature (subfilter ETSI.CAdES.detached) over the whole agreement
 * PDF, made with the seal's identity (seal-identity.ts): baseline B-B, or B-T when a timestamp
 * authority is configured (TSA_URL, seal-timestamp.ts).
 *
 * seal-placeholder.ts writes the incremental update with room for the signature; the CMS is built
 * here, because a plain PKCS#7 (as @signpdf's P12 signer writes it) carries a signing-time attribute
 * and lacks the signing-certificate-v2 attribute PAdES requires. The signing time goes into the
 * signature dictionary (/M), as PAdES asks.
 */
import { createSign } from 'node:crypto';
import { asn1, der, explicit, fromDer, int, nul, octets, oid, OID, seq, set, sha256, type Asn1 } from './seal-asn1';
import { loadSealIdentity, type SealConfig, type SealIdentity } from './seal-identity';
import { addSignaturePlaceholder, byteRangeText } from './seal-placeholder';
import { checkTsaUrl, fetchTimestamp, MAX_TOKEN_BYTES, TimestampError, tsaOrigin } from './seal-timestamp';

export { SEAL_SUBFILTER } from './seal-placeholder';

export interface SealInfo {
  reason: string;
  location: string;
  /** Who seals: shown by PDF readers next to the signature. */
  name: string;
  contactInfo: string;
  signingTime?: Date;
}

export interface Seal {
  identity: SealIdentity;
  /** The PDF with a PAdES certification signature over all its bytes. */
  seal(pdf: Buffer, info: SealInfo): Promise<Buffer>;
}

export interface SealOptions {
  /** An RFC 3161 timestamp authority; without one the seal carries no timestamp (PAdES B-B). */
  tsaUrl?: string;
  /** How long a sealing waits for the timestamp authority. */
  tsaTimeoutMs?: number;
  log?: (line: string) => void;
}

/** Long enough for a TSA across the internet, short enough that a download does not seem to hang. */
const TSA_TIMEOUT_MS = 10_000;

const algorithm = (id: string) => seq(oid(id), nul());

/** Issuer and serial number of a certificate, as the exact ASN.1 nodes inside it. */
function issuerAndSerial(certDer: Buffer): { issuer: Asn1; serial: Asn1 } {
  const tbs = (fromDer(certDer).value as Asn1[])[0]!;
  const fields = tbs.value as Asn1[];
  // An explicit [0] version comes first in v3 certificates.
  const i = fields[0]!.tagClass === asn1.Class.CONTEXT_SPECIFIC ? 1 : 0;
  return { serial: fields[i]!, issuer: fields[i + 2]! };
}

const attribute = (type: string, value: Asn1) => seq(oid(type), set(value));

/** Signed attributes of PAdES baseline B-B: content type, message digest, signing certificate v2. */
function signedAttributes(digest: Buffer, certDer: Buffer): Asn1[] {
  const { issuer, serial } = issuerAndSerial(certDer);
  // ESSCertIDv2: hash algorithm omitted (SHA-256 is the default), cert hash, issuer and serial.
  const essCertIdV2 = seq(octets(sha256(certDer)), seq(seq(explicit(4, issuer)), serial));
  const attrs = [
    attribute(OID.contentType, oid(OID.data)),
    attribute(OID.messageDigest, octets(digest)),
    attribute(OID.signingCertificateV2, seq(seq(essCertIdV2))),
  ];
  // DER orders a SET OF by the encodings of its members.
  return attrs.sort((a, b) => Buffer.compare(der(a), der(b)));
}

/** The signed attributes and the seal key's signature over them, for `content`. */
function signContent(content: Buffer, identity: Pick<SealIdentity, 'key' | 'chain'>) {
  const attrs = signedAttributes(sha256(content), identity.chain[0]!);
  const signature = createSign('sha256')
    .update(der(set(...attrs)))
    .sign(identity.key);
  return { attrs, signature };
}

/** CMS SignedData (detached); `timestampToken` becomes the signature-time-stamp unsigned attribute. */
function signedData(
  identity: Pick<SealIdentity, 'chain'>,
  { attrs, signature }: ReturnType<typeof signContent>,
  timestampToken?: Buffer,
): Buffer {
  const { issuer, serial } = issuerAndSerial(identity.chain[0]!);
  const signerInfo = seq(
    int(1),
    seq(issuer, serial),
    algorithm(OID.sha256),
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, attrs),
    algorithm(OID.rsaEncryption),
    octets(signature),
    ...(timestampToken
      ? [asn1.create(asn1.Class.CONTEXT_SPECIFIC, 1, true, [attribute(OID.signatureTimeStampToken, fromDer(timestampToken))])]
      : []),
  );
  const content = seq(
    int(1),
    set(algorithm(OID.sha256)),
    seq(oid(OID.data)),
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, identity.chain.map(fromDer)),
    set(signerInfo),
  );
  return der(seq(oid(OID.signedData), explicit(0, content)));
}

/** Room for the CMS: the certificates, the signature and the attributes, with margin; and a timestamp. */
const placeholderBytes = (identity: SealIdentity, timestamped: boolean) =>
  identity.chain.reduce((n, c) => n + c.length, 0) + 4096 + (timestamped ? MAX_TOKEN_BYTES : 0);

export function createSeal(identity: SealIdentity, options: SealOptions = {}): Seal {
  const { tsaUrl, tsaTimeoutMs = TSA_TIMEOUT_MS, log = () => {} } = options;
  if (tsaUrl) checkTsaUrl(tsaUrl);

  /**
   * A timestamp over the signature value, or none. When the authority is down or answers nonsense the
   * seal is still made, without one: the partners have signed and are waiting for their agreement,
   * and the seal without a timestamp still proves the file unchanged (with the server's signing time).
   */
  async function timestamp(signature: Buffer): Promise<Buffer | undefined> {
    if (!tsaUrl) return undefined;
    try {
      return await fetchTimestamp(tsaUrl, signature, tsaTimeoutMs);
    } catch (err) {
      if (!(err instanceof TimestampError)) throw err;
      log(`Zegel: geen tijdstempel van ${tsaOrigin(tsaUrl)} (${err.message}); verzegeld zonder tijdstempel.`);
      return undefined;
    }
  }

  return {
    identity,
    async seal(pdf, info) {
      const room = placeholderBytes(identity, !!tsaUrl);
      const placeholder = addSignaturePlaceholder(
        pdf,
        {
          reason: info.reason,
          location: info.location,
          name: info.name,
          contactInfo: info.contactInfo,
          signingTime: info.signingTime ?? new Date(),
        },
        room,
      );
      const out = placeholder.pdf;
      const { contentsStart, contentsEnd } = placeholder;
      const range = [0, contentsStart, contentsEnd, out.length - contentsEnd];
      out.write(byteRangeText(range), placeholder.byteRangeAt, placeholder.byteRangeWidth, 'latin1');
      const signed = signContent(Buffer.concat([out.subarray(0, contentsStart), out.subarray(contentsEnd)]), identity);
      const cms = signedData(identity, signed, await timestamp(signed.signature));
      if (cms.length > room) throw new Error(`The seal's signature (${cms.length} bytes) does not fit its room (${room}).`);
      out.write(cms.toString('hex').padEnd(room * 2, '0'), contentsStart + 1, room * 2, 'latin1');
      return out;
    },
  };
}

/** The seal from configuration: the PKCS#12 when given, else the self-signed certificate in `dir`. */
export async function loadSeal(config: SealConfig): Promise<Seal> {
  const seal = createSeal(await loadSealIdentity(config), { tsaUrl: config.tsaUrl, log: config.log });
  if (config.tsaUrl) config.log?.(`Zegel: tijdstempels van ${tsaOrigin(config.tsaUrl)}.`);
  return seal;
}

/** Loads the seal on first use and keeps it; a failed load is tried again on the next use. */
export function lazySeal(config: SealConfig): () => Promise<Seal> {
  let seal: Promise<Seal> | undefined;
  return () =>
    (seal ??= loadSeal(config).catch((err: unknown) => {
      seal = undefined;
      throw err;
    }));
}
