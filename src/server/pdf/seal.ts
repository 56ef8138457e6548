/**
 * The seal: a PAdES signature (subfilter ETSI.CAdES.detached, baseline B-B) over the whole agreement
 * PDF, by the municipality's own PKCS#12 certificate (SEAL_P12_PATH / SEAL_P12_PASSPHRASE) or by a
 * self-signed certificate generated once and kept in the seal directory.
 *
 * @signpdf adds the placeholder and fills the ByteRange; the CMS itself is built here, because
 * @signpdf's P12 signer writes a plain PKCS#7 (with a signing-time attribute and without the
 * signing-certificate-v2 attribute PAdES requires). The signing time goes into the signature
 * dictionary (/M), as PAdES asks.
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  createSign,
  createVerify,
  generateKeyPair,
  randomBytes,
  type KeyObject,
} from 'node:crypto';
import { promisify } from 'node:util';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import forge from 'node-forge';
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { SignPdf } from '@signpdf/signpdf';
import { Signer, SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';

const { asn1 } = forge;
type Asn1 = forge.asn1.Asn1;

export const SEAL_SUBFILTER = SUBFILTER_ETSI_CADES_DETACHED;
export const SELF_SIGNED_CN = 'Samenwerkwijzer zegel';
export const DEFAULT_SEAL_ORGANISATION = 'Samenwerkwijzer';

const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
} as const;

export interface SealIdentity {
  key: KeyObject;
  /** The signing certificate first, then any chain the PKCS#12 holds (DER). */
  chain: Buffer[];
  /** SHA-256 of the signing certificate (hex). */
  fingerprint: string;
  subject: string;
  source: 'pkcs12' | 'self-signed';
}

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
  /** The PDF with a PAdES signature over all its bytes. */
  seal(pdf: Buffer, info: SealInfo): Promise<Buffer>;
}

// ---------- DER helpers (node-forge's ASN.1 objects) ----------

const seq = (...items: Asn1[]) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, items);
const set = (...items: Asn1[]) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, items);
const oid = (id: string) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(id).getBytes());
const octets = (bytes: Buffer) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, bytes.toString('binary'));
const int = (n: number) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, asn1.integerToDer(n).getBytes());
const nul = () => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, false, '');
const explicit = (tag: number, inner: Asn1) => asn1.create(asn1.Class.CONTEXT_SPECIFIC, tag, true, [inner]);
const der = (node: Asn1) => Buffer.from(asn1.toDer(node).getBytes(), 'binary');
// node-forge accepts options here (its types do not say so): trailing bytes (the zero padding of
// /Contents) are allowed, and bit strings stay opaque so they re-encode byte for byte.
const fromDerWithOptions = asn1.fromDer as unknown as (bytes: forge.util.ByteStringBuffer, options: object) => Asn1;
const fromDer = (bytes: Buffer) =>
  fromDerWithOptions(forge.util.createBuffer(bytes.toString('binary')), { parseAllBytes: false, decodeBitStrings: false });
/** A certificate as node-forge's object (which needs its bit strings decoded). */
const forgeCert = (certDer: Buffer) =>
  forge.pki.certificateFromAsn1(asn1.fromDer(forge.util.createBuffer(certDer.toString('binary'))));
const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest();
const algorithm = (id: string) => seq(oid(id), nul());

/** Issuer and serial number of a certificate, as the exact ASN.1 nodes inside it. */
function issuerAndSerial(certDer: Buffer): { issuer: Asn1; serial: Asn1 } {
  const tbs = (fromDer(certDer).value as Asn1[])[0]!;
  const fields = tbs.value as Asn1[];
  // An explicit [0] version comes first in v3 certificates.
  const i = fields[0]!.tagClass === asn1.Class.CONTEXT_SPECIFIC ? 1 : 0;
  return { serial: fields[i]!, issuer: fields[i + 2]! };
}

/** Signed attributes of PAdES baseline B-B: content type, message digest, signing certificate v2. */
function signedAttributes(digest: Buffer, certDer: Buffer): Asn1[] {
  const { issuer, serial } = issuerAndSerial(certDer);
  const attribute = (type: string, value: Asn1) => seq(oid(type), set(value));
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

/** CMS SignedData (detached) over `content`, signed by the seal's key. */
export function cmsSignature(content: Buffer, identity: Pick<SealIdentity, 'key' | 'chain'>): Buffer {
  const cert = identity.chain[0]!;
  const attrs = signedAttributes(sha256(content), cert);
  const signature = createSign('sha256')
    .update(der(set(...attrs)))
    .sign(identity.key);
  const { issuer, serial } = issuerAndSerial(cert);
  const signerInfo = seq(
    int(1),
    seq(issuer, serial),
    algorithm(OID.sha256),
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, attrs),
    algorithm(OID.rsaEncryption),
    octets(signature),
  );
  const signedData = seq(
    int(1),
    set(algorithm(OID.sha256)),
    seq(oid(OID.data)),
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, identity.chain.map(fromDer)),
    set(signerInfo),
  );
  return der(seq(oid(OID.signedData), explicit(0, signedData)));
}

class CadesSigner extends Signer {
  constructor(private readonly identity: SealIdentity) {
    super();
  }
  async sign(pdf: Buffer): Promise<Buffer> {
    return cmsSignature(pdf, this.identity);
  }
}

/** Room for the CMS: the certificates, the signature and the attributes, with margin. */
const placeholderBytes = (identity: SealIdentity) => identity.chain.reduce((n, c) => n + c.length, 0) + 4096;

export function createSeal(identity: SealIdentity): Seal {
  const signer = new CadesSigner(identity);
  return {
    identity,
    async seal(pdf, info) {
      const withPlaceholder = plainAddPlaceholder({
        pdfBuffer: pdf,
        reason: info.reason,
        location: info.location,
        name: info.name,
        contactInfo: info.contactInfo,
        signingTime: info.signingTime,
        signatureLength: placeholderBytes(identity),
        subFilter: SEAL_SUBFILTER,
        appName: 'Samenwerkwijzer',
      });
      return new SignPdf().sign(withPlaceholder, signer);
    },
  };
}

// ---------- The certificate: configured PKCS#12, or self-signed once ----------

function identityFromPkcs12(p12: Buffer, passphrase: string): SealIdentity {
  const parsed = forge.pkcs12.pkcs12FromAsn1(fromDer(p12), false, passphrase);
  const keyBag =
    parsed.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[forge.pki.oids.pkcs8ShroudedKeyBag]?.[0] ??
    parsed.getBags({ bagType: forge.pki.oids.keyBag })[forge.pki.oids.keyBag]?.[0];
  if (!keyBag?.key) throw new Error('Het PKCS#12-bestand van het zegel bevat geen (RSA-)sleutel.');
  const key = createPrivateKey(forge.pki.privateKeyToPem(keyBag.key));
  const publicDer = createPublicKey(key).export({ type: 'spki', format: 'der' });
  const certs = (parsed.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag] ?? []).flatMap((b) =>
    b.cert ? [Buffer.from(asn1.toDer(forge.pki.certificateToAsn1(b.cert)).getBytes(), 'binary')] : [],
  );
  const own = certs.find((c) => publicKeyOf(c).equals(publicDer));
  if (!own) throw new Error('Het PKCS#12-bestand van het zegel bevat geen certificaat bij de sleutel.');
  return toIdentity(key, [own, ...certs.filter((c) => c !== own)], 'pkcs12');
}

function publicKeyOf(certDer: Buffer): Buffer {
  const cert = forgeCert(certDer);
  return createPublicKey(forge.pki.publicKeyToPem(cert.publicKey)).export({ type: 'spki', format: 'der' });
}

function toIdentity(key: KeyObject, chain: Buffer[], source: SealIdentity['source']): SealIdentity {
  const cert = forgeCert(chain[0]!);
  const subject = cert.subject.attributes.map((a) => `${a.shortName ?? a.name}=${a.value}`).join(', ');
  return { key, chain, fingerprint: sha256(chain[0]!).toString('hex'), subject, source };
}

/**
 * A self-signed seal certificate: RSA 3072, SHA-256, valid for 30 years (agreements are kept long).
 * The key is generated off the event loop (a few seconds), so the server keeps answering meanwhile.
 */
export async function selfSignedIdentity(organisation: string): Promise<SealIdentity> {
  const { privateKey } = await promisify(generateKeyPair)('rsa', { modulusLength: 3072 });
  const forgeKey = forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(forgeKey.n, forgeKey.e);
  // Positive serial: first bit cleared.
  const serial = randomBytes(16);
  serial[0]! &= 0x7f;
  cert.serialNumber = serial.toString('hex');
  const now = new Date();
  cert.validity.notBefore = new Date(now.getTime() - 60_000);
  cert.validity.notAfter = new Date(Date.UTC(now.getUTCFullYear() + 30, now.getUTCMonth(), now.getUTCDate()));
  const name = [
    { shortName: 'CN', value: SELF_SIGNED_CN },
    { shortName: 'O', value: organisation },
    { shortName: 'C', value: 'NL' },
  ];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(forgeKey, forge.md.sha256.create());
  const certDer = Buffer.from(asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary');
  return toIdentity(privateKey, [certDer], 'self-signed');
}

export interface SealConfig {
  /** A PKCS#12 file (.p12/.pfx) with the municipality's own certificate. */
  p12Path?: string;
  p12Passphrase?: string;
  /** Where the self-signed key and certificate are kept (created once). */
  dir: string;
  /** O= of the self-signed certificate. */
  organisation?: string;
  log?: (line: string) => void;
}

/** Key and certificate in one file, so a crash can never pair a key with another certificate. */
const PAIR_FILE = 'zegel.pem';
/** The certificate alone, for partners who want to trust it in their PDF reader. */
const CERT_FILE = 'zegel-certificaat.pem';

/** Writes `data` to `path` only if it does not exist yet; false when another process was first. */
function writeOnce(path: string, data: string, mode: number): boolean {
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(tmp, data, { mode });
  try {
    linkSync(tmp, path);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  } finally {
    unlinkSync(tmp);
  }
}

const certPemOf = (certDer: Buffer) => forge.pki.certificateToPem(forgeCert(certDer));

async function selfSignedFromDir(dir: string, organisation: string, log?: (line: string) => void): Promise<SealIdentity> {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const pairPath = join(dir, PAIR_FILE);
  if (!existsSync(pairPath)) {
    const fresh = await selfSignedIdentity(organisation);
    const pem = `${fresh.key.export({ type: 'pkcs8', format: 'pem' })}${certPemOf(fresh.chain[0]!)}`;
    if (writeOnce(pairPath, pem, 0o600)) log?.(`Zegel: zelfondertekend certificaat aangemaakt in ${dir} (${fresh.subject}).`);
  }
  const pair = readFileSync(pairPath, 'utf8');
  const certAt = pair.indexOf('-----BEGIN CERTIFICATE-----');
  if (certAt < 0) throw new Error(`${pairPath} bevat geen certificaat.`);
  const key = createPrivateKey(pair.slice(0, certAt));
  const cert = forge.pki.certificateFromPem(pair.slice(certAt));
  const certDer = Buffer.from(asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary');
  if (!publicKeyOf(certDer).equals(createPublicKey(key).export({ type: 'spki', format: 'der' }))) {
    throw new Error(`Sleutel en certificaat in ${pairPath} horen niet bij elkaar.`);
  }
  const certPath = join(dir, CERT_FILE);
  if (!existsSync(certPath)) writeOnce(certPath, certPemOf(certDer), 0o644);
  return toIdentity(key, [certDer], 'self-signed');
}

/** The seal from configuration: the PKCS#12 when given, else the self-signed certificate in `dir`. */
export async function loadSeal(config: SealConfig): Promise<Seal> {
  if (config.p12Path) {
    const identity = identityFromPkcs12(readFileSync(config.p12Path), config.p12Passphrase ?? '');
    config.log?.(`Zegel: certificaat uit ${config.p12Path} (${identity.subject}).`);
    return createSeal(identity);
  }
  const identity = await selfSignedFromDir(config.dir, config.organisation ?? DEFAULT_SEAL_ORGANISATION, config.log);
  return createSeal(identity);
}

// ---------- Reading a seal back ----------

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
    const signature = Buffer.from(signerInfo.at(-1)!.value as string, 'binary');
    const certDer = certs ? der((certs.value as Asn1[])[0]!) : undefined;
    const base: SealCheck = {
      signed: true,
      intact: false,
      coversWholeFile: c + d === pdf.length,
      certificateFingerprint: certDer ? sha256(certDer).toString('hex') : undefined,
      cms,
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

/**
 * The seal's configuration from the environment: SEAL_P12_PATH / SEAL_P12_PASSPHRASE for the
 * municipality's own certificate; otherwise the self-signed one in SEAL_DIR, by default
 * `<DATA_DIR>/zegel` (also with DATABASE_URL: the key is a file, not a database row).
 */
export function sealConfigFromEnv(env: Record<string, string | undefined>, log?: (line: string) => void): SealConfig {
  return {
    p12Path: env.SEAL_P12_PATH || undefined,
    p12Passphrase: env.SEAL_P12_PASSPHRASE ?? '',
    dir: env.SEAL_DIR || join(env.DATA_DIR || './data', 'zegel'),
    organisation: env.SEAL_ORGANISATION || undefined,
    log,
  };
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
