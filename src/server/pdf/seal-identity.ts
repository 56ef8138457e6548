/**
 * The seal's identity: the key and certificate it signs with. Either the municipality's own PKCS#12
 * certificate (SEAL_P12_PATH / SEAL_P12_PASSPHRASE) or a self-signed certificate generated once and
 * kept in the seal directory.
 */
import { createPrivateKey, createPublicKey, generateKeyPair, randomBytes, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import forge from 'node-forge';
import { asn1, forgeCert, fromDer, publicKeyOf, sha256 } from './seal-asn1';

export const SELF_SIGNED_CN = 'Samenwerkwijzer zegel';
export const DEFAULT_SEAL_ORGANISATION = 'Samenwerkwijzer';

export interface SealIdentity {
  key: KeyObject;
  /** The signing certificate first, then any chain the PKCS#12 holds (DER). */
  chain: Buffer[];
  /** SHA-256 of the signing certificate (hex). */
  fingerprint: string;
  subject: string;
  source: 'pkcs12' | 'self-signed';
}

export interface SealConfig {
  /** A PKCS#12 file (.p12/.pfx) with the municipality's own certificate. */
  p12Path?: string;
  p12Passphrase?: string;
  /** Where the self-signed key and certificate are kept (created once). */
  dir: string;
  /** O= of the self-signed certificate. */
  organisation?: string;
  /** An RFC 3161 timestamp authority (TSA_URL); credentials may sit in the URL. */
  tsaUrl?: string;
  log?: (line: string) => void;
}

/**
 * The seal's configuration from the environment: SEAL_P12_PATH / SEAL_P12_PASSPHRASE for the
 * municipality's own certificate; otherwise the self-signed one in SEAL_DIR, by default
 * `<DATA_DIR>/zegel` (also with DATABASE_URL: the key is a file, not a database row). TSA_URL adds an
 * RFC 3161 timestamp to every seal.
 */
export function sealConfigFromEnv(env: Record<string, string | undefined>, log?: (line: string) => void): SealConfig {
  return {
    p12Path: env.SEAL_P12_PATH || undefined,
    p12Passphrase: env.SEAL_P12_PASSPHRASE ?? '',
    dir: env.SEAL_DIR || join(env.DATA_DIR || './data', 'zegel'),
    organisation: env.SEAL_ORGANISATION || undefined,
    tsaUrl: env.TSA_URL || undefined,
    log,
  };
}

/** The identity from configuration: the PKCS#12 when given, else the self-signed certificate in `dir`. */
export async function loadSealIdentity(config: SealConfig): Promise<SealIdentity> {
  if (config.p12Path) {
    const identity = identityFromPkcs12(readFileSync(config.p12Path), config.p12Passphrase ?? '');
    config.log?.(`Zegel: certificaat uit ${config.p12Path} (${identity.subject}).`);
    return identity;
  }
  return selfSignedFromDir(config.dir, config.organisation ?? DEFAULT_SEAL_ORGANISATION, config.log);
}

// ---------- The configured PKCS#12 ----------

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

function toIdentity(key: KeyObject, chain: Buffer[], source: SealIdentity['source']): SealIdentity {
  const cert = forgeCert(chain[0]!);
  const subject = cert.subject.attributes.map((a) => `${a.shortName ?? a.name}=${a.value}`).join(', ');
  return { key, chain, fingerprint: sha256(chain[0]!).toString('hex'), subject, source };
}

// ---------- The self-signed certificate: generated once, kept in a directory ----------

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
