/**
 * RFC 3161 timestamps for the seal (PAdES baseline B-T): the SHA-256 of the seal's signature value is
 * sent to a timestamp authority (TSA_URL), whose signed token goes into the signature as an unsigned
 * attribute. The token proves, independently of this server's clock, that the signature existed at
 * that time. Also reads a token back, for the check (seal-check.ts).
 */
import { createHash, createPublicKey, createVerify, randomBytes } from 'node:crypto';
import { asn1, der, fromDer, int, octets, oid, OID, publicKeyOf, seq, sha256, type Asn1 } from './seal-asn1';

/** The timestamp authority did not answer, or its answer cannot be used. */
export class TimestampError extends Error {}

/** A token larger than this is no timestamp (a TSA's chain is a few kilobytes). */
export const MAX_TOKEN_BYTES = 16 * 1024;

/** The TSA's address without any user name or password, for logs. */
export function tsaOrigin(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return '(ongeldig adres)';
  }
}

/** TSA_URL must be an http(s) address; checked when the seal loads, so a typo stops the server at start. */
export function checkTsaUrl(url: string): void {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new Error(`TSA_URL is geen geldig adres: ${tsaOrigin(url)}`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('TSA_URL moet met http:// of https:// beginnen.');
}

const children = (node: Asn1) => node.value as Asn1[];
const bytesOf = (node: Asn1) => Buffer.from(node.value as string, 'binary');
const isUniversal = (node: Asn1, type: number) => node.tagClass === asn1.Class.UNIVERSAL && node.type === type;

export interface TimestampInfo {
  /** When the TSA says it stamped. */
  time: Date;
  /** What was stamped: the hash algorithm's OID and the hash. */
  imprintAlgorithm: string;
  imprint: Buffer;
  nonce?: Buffer;
  /** The TSA's certificate, when the token carries it (we always ask for it). */
  tsaCertificate?: Buffer;
  /** The token's own signature matches its content (says nothing about trusting the TSA). */
  intact: boolean;
}

const HASHES: Record<string, string> = {
  '1.3.14.3.2.26': 'sha1',
  [OID.sha256]: 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};

/** A TimeStampToken (a CMS SignedData over a TSTInfo) read back. Throws on anything malformed. */
export function readTimestampToken(token: Buffer): TimestampInfo {
  const contentInfo = fromDer(token);
  const [type, wrapped] = children(contentInfo);
  if (asn1.derToOid(type!.value as never) !== OID.signedData) throw new TimestampError('token is no SignedData');
  const parts = children(children(wrapped!)[0]!);
  const [eContentType, eContentWrapper] = children(parts[2]!);
  if (asn1.derToOid(eContentType!.value as never) !== OID.tstInfo) throw new TimestampError('token holds no TSTInfo');
  const eContent = bytesOf(children(eContentWrapper!)[0]!);
  const tst = children(fromDer(eContent));
  const imprint = children(tst[2]!);
  const genTime = tst[4]!;
  if (!isUniversal(genTime, asn1.Type.GENERALIZEDTIME)) throw new TimestampError('TSTInfo without genTime');
  const nonce = tst.slice(5).find((n) => isUniversal(n, asn1.Type.INTEGER));

  const certs = parts.find((p) => p.tagClass === asn1.Class.CONTEXT_SPECIFIC && p.type === 0);
  const signerInfo = children(children(parts.at(-1)!)[0]!);
  const digestAlgorithm = asn1.derToOid(children(signerInfo[2]!)[0]!.value as never);
  const attrs = signerInfo.find((p) => p.tagClass === asn1.Class.CONTEXT_SPECIFIC && p.type === 0);
  const signature = bytesOf(signerInfo.find((p, i) => i > 3 && isUniversal(p, asn1.Type.OCTETSTRING))!);
  const tsaCertificate = certs ? der(children(certs)[0]!) : undefined;

  let intact = false;
  const hash = HASHES[digestAlgorithm];
  if (tsaCertificate && attrs && hash) {
    const digestAttr = children(attrs).find((a) => asn1.derToOid(children(a)[0]!.value as never) === OID.messageDigest);
    const digest = digestAttr ? bytesOf(children(children(digestAttr)[1]!)[0]!) : undefined;
    const attrsDer = der(attrs);
    attrsDer[0] = 0x31; // [0] IMPLICIT → SET OF, as it was signed
    const key = createPublicKey({ key: publicKeyOf(tsaCertificate), format: 'der', type: 'spki' });
    intact =
      !!digest &&
      digest.equals(createHash(hash).update(eContent).digest()) &&
      createVerify(hash).update(attrsDer).verify(key, signature);
  }
  return {
    time: asn1.generalizedTimeToDate(genTime.value as string),
    imprintAlgorithm: asn1.derToOid(children(imprint[0]!)[0]!.value as never),
    imprint: bytesOf(imprint[1]!),
    nonce: nonce ? bytesOf(nonce) : undefined,
    tsaCertificate,
    intact,
  };
}

/** A TimeStampReq (RFC 3161, 2.4.1) for `digest` (SHA-256), asking for the TSA's certificate. */
function timestampRequest(digest: Buffer, nonce: Buffer): Buffer {
  const certReq = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.BOOLEAN, false, '\xff');
  const nonceInt = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, nonce.toString('binary'));
  return der(seq(int(1), seq(seq(oid(OID.sha256)), octets(digest)), nonceInt, certReq));
}

/**
 * A timestamp token over `signatureValue` from the TSA at `url` (credentials in the URL are sent as
 * HTTP basic authentication, as commercial TSAs ask). Throws TimestampError when the TSA cannot be
 * reached, refuses, or answers something that is not a token over this signature.
 */
export async function fetchTimestamp(url: string, signatureValue: Buffer, timeoutMs: number): Promise<Buffer> {
  const target = new URL(url);
  const headers: Record<string, string> = {
    'content-type': 'application/timestamp-query',
    accept: 'application/timestamp-reply',
  };
  if (target.username || target.password) {
    const user = decodeURIComponent(target.username);
    const pass = decodeURIComponent(target.password);
    headers.authorization = `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
    target.username = '';
    target.password = '';
  }
  const digest = sha256(signatureValue);
  // A positive INTEGER: the first bit clear, the first byte not zero.
  const nonce = randomBytes(8);
  nonce[0] = (nonce[0]! & 0x7f) | 0x01;

  let body: Buffer;
  try {
    const res = await fetch(target, {
      method: 'POST',
      headers,
      body: new Uint8Array(timestampRequest(digest, nonce)),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    });
    if (!res.ok) throw new TimestampError(`HTTP ${res.status}`);
    if (Number(res.headers.get('content-length') ?? 0) > 4 * MAX_TOKEN_BYTES) throw new TimestampError('antwoord te groot');
    body = Buffer.from(await res.arrayBuffer());
  } catch (err) {
    if (err instanceof TimestampError) throw err;
    const e = err as Error & { cause?: { code?: string; message?: string } };
    throw new TimestampError(
      e.name === 'TimeoutError'
        ? `geen antwoord binnen ${timeoutMs} ms`
        : `niet bereikbaar: ${e.cause?.code ?? e.cause?.message ?? e.message}`,
    );
  }
  return tokenFromResponse(body, digest, nonce);
}

/** The token in a TimeStampResp, checked against the request: granted, this hash, this nonce, DER. */
function tokenFromResponse(body: Buffer, digest: Buffer, nonce: Buffer): Buffer {
  let info: TimestampInfo;
  let token: Buffer;
  try {
    const [statusInfo, tokenNode] = children(fromDer(body));
    const status = asn1.derToInteger(children(statusInfo!)[0]!.value as never);
    // 0 granted, 1 granted with modifications; anything else is a refusal.
    if (status !== 0 && status !== 1) throw new TimestampError(`de TSA weigert (status ${status})`);
    if (!tokenNode) throw new TimestampError('antwoord zonder tijdstempel');
    token = der(tokenNode);
    // The token's signature covers its exact bytes: only a DER token survives being re-encoded.
    if (!body.includes(token)) throw new TimestampError('tijdstempel niet in DER');
    info = readTimestampToken(token);
  } catch (err) {
    if (err instanceof TimestampError) throw err;
    throw new TimestampError(`onleesbaar antwoord (${(err as Error).message})`);
  }
  if (token.length > MAX_TOKEN_BYTES) throw new TimestampError(`tijdstempel te groot (${token.length} bytes)`);
  if (info.imprintAlgorithm !== OID.sha256 || !info.imprint.equals(digest)) {
    throw new TimestampError('tijdstempel over iets anders dan deze handtekening');
  }
  if (!info.nonce || !stripZeros(info.nonce).equals(stripZeros(nonce)))
    throw new TimestampError('tijdstempel met een andere nonce');
  if (!info.intact) throw new TimestampError('handtekening van de tijdstempel klopt niet');
  return token;
}

const stripZeros = (b: Buffer) => {
  let i = 0;
  while (i < b.length - 1 && b[i] === 0) i++;
  return b.subarray(i);
};
