/**
 * A small RFC 3161 timestamp authority for tests, written with node-forge independently of the
 * server's own ASN.1 code: it parses the TimeStampReq and answers a TimeStampResp whose token is
 * signed by a throw-away certificate with the id-kp-timeStamping extended key usage (critical, as
 * RFC 3161 asks), issued by a throw-away CA. It can also refuse, answer garbage or stamp the wrong hash.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import forge from 'node-forge';

const { asn1, pki } = forge;
type Asn1 = forge.asn1.Asn1;
const U = asn1.Class.UNIVERSAL;

const OIDS = {
  signedData: '1.2.840.113549.1.7.2',
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha256WithRsa: '1.2.840.113549.1.1.11',
  /** A policy of our own (under the example arc): which rules the stamps follow. */
  policy: '1.3.6.1.4.1.32473.1.1',
};

const seq = (...items: Asn1[]) => asn1.create(U, asn1.Type.SEQUENCE, true, items);
const set = (...items: Asn1[]) => asn1.create(U, asn1.Type.SET, true, items);
const oid = (id: string) => asn1.create(U, asn1.Type.OID, false, asn1.oidToDer(id).getBytes());
const int = (n: number) => asn1.create(U, asn1.Type.INTEGER, false, asn1.integerToDer(n).getBytes());
const octets = (bytes: string) => asn1.create(U, asn1.Type.OCTETSTRING, false, bytes);
const ctx = (tag: number, items: Asn1[]) => asn1.create(asn1.Class.CONTEXT_SPECIFIC, tag, true, items);
const der = (node: Asn1) => asn1.toDer(node).getBytes();
const sha256 = (bytes: string) => forge.md.sha256.create().update(bytes).digest().getBytes();

export type TsaMode = 'grant' | 'reject' | 'garbage' | 'wrong-hash';

export interface TimestampAuthority {
  url: string;
  /** The CA that issued the TSA certificate (PEM), to trust when checking a token with openssl. */
  caPem: string;
  /** The TSA's own certificate (DER). */
  certificate: Buffer;
  /** The hashes it was asked to stamp (hex), one per request. */
  requests: string[];
  /** The Authorization header of each request ('' when none). */
  authorizations: string[];
  mode: TsaMode;
  close(): Promise<void>;
}

function keyPair() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = pki.privateKeyFromPem(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()) as forge.pki.rsa.PrivateKey;
  return { key, publicKey: pki.setRsaPublicKey(key.n, key.e) };
}

function certificate(
  subject: string,
  publicKey: forge.pki.PublicKey,
  issuer: { name: string; key: forge.pki.rsa.PrivateKey },
  extensions: object[],
) {
  const cert = pki.createCertificate();
  cert.publicKey = publicKey;
  cert.serialNumber = `01${randomBytes(8).toString('hex')}`;
  cert.validity.notBefore = new Date(Date.now() - 3600_000);
  cert.validity.notAfter = new Date(Date.now() + 365 * 24 * 3600_000);
  cert.setSubject([{ shortName: 'CN', value: subject }]);
  cert.setIssuer([{ shortName: 'CN', value: issuer.name }]);
  cert.setExtensions(extensions);
  cert.sign(issuer.key, forge.md.sha256.create());
  return cert;
}

/** Starts the authority on a free local port. */
export async function startTimestampAuthority(mode: TsaMode = 'grant'): Promise<TimestampAuthority> {
  const ca = keyPair();
  const caCert = certificate('Test-TSA CA', ca.publicKey, { name: 'Test-TSA CA', key: ca.key }, [
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
  ]);
  const tsa = keyPair();
  const tsaCert = certificate('Test-TSA', tsa.publicKey, { name: 'Test-TSA CA', key: ca.key }, [
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, critical: true },
    { name: 'extKeyUsage', timeStamping: true, critical: true },
  ]);
  const tsaCertDer = der(pki.certificateToAsn1(tsaCert));
  let serial = 1;

  /** The TimeStampToken for a parsed TimeStampReq. */
  function token(request: Asn1): Asn1 {
    const fields = request.value as Asn1[];
    const imprint = fields[1]!;
    const nonce = fields.slice(2).find((f) => f.tagClass === U && f.type === asn1.Type.INTEGER);
    const certReq = fields.slice(2).find((f) => f.tagClass === U && f.type === asn1.Type.BOOLEAN);
    const stamped = authority.mode === 'wrong-hash' ? seq((imprint.value as Asn1[])[0]!, octets(sha256('iets anders'))) : imprint;
    const tstInfo = der(
      seq(
        int(1),
        oid(OIDS.policy),
        stamped,
        int(serial++),
        asn1.create(U, asn1.Type.GENERALIZEDTIME, false, asn1.dateToGeneralizedTime(new Date())),
        seq(int(1)), // accuracy: one second
        ...(nonce ? [nonce] : []),
      ),
    );
    const attrs = [
      seq(oid(OIDS.contentType), set(oid(OIDS.tstInfo))),
      seq(oid(OIDS.messageDigest), set(octets(sha256(tstInfo)))),
      // ESS signing certificate v2 (RFC 5816): which certificate signed, by its SHA-256.
      seq(oid(OIDS.signingCertificateV2), set(seq(seq(seq(octets(sha256(tsaCertDer))))))),
    ].sort((a, b) => (der(a) < der(b) ? -1 : 1));
    const md = forge.md.sha256.create().update(der(set(...attrs)));
    const signature = tsa.key.sign(md);
    const signerInfo = seq(
      int(1),
      seq(
        pki.distinguishedNameToAsn1(tsaCert.issuer),
        asn1.create(U, asn1.Type.INTEGER, false, forge.util.hexToBytes(tsaCert.serialNumber)),
      ),
      seq(oid(OIDS.sha256)),
      ctx(0, attrs),
      seq(oid(OIDS.sha256WithRsa)),
      octets(signature),
    );
    const wantsCert = certReq !== undefined && (certReq.value as string) !== '\x00';
    const signedData = seq(
      int(3),
      set(seq(oid(OIDS.sha256))),
      seq(oid(OIDS.tstInfo), ctx(0, [octets(tstInfo)])),
      ...(wantsCert ? [ctx(0, [pki.certificateToAsn1(tsaCert)])] : []),
      set(signerInfo),
    );
    return seq(oid(OIDS.signedData), ctx(0, [signedData]));
  }

  const requests: string[] = [];
  const authorizations: string[] = [];
  const authority: TimestampAuthority = {
    url: '',
    caPem: pki.certificateToPem(caCert),
    certificate: Buffer.from(tsaCertDer, 'binary'),
    requests,
    authorizations,
    mode,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      let answer: Buffer;
      if (req.method !== 'POST' || req.headers['content-type'] !== 'application/timestamp-query') {
        res.writeHead(400).end();
        return;
      }
      const request = asn1.fromDer(forge.util.createBuffer(body.toString('binary')));
      const hashed = ((request.value as Asn1[])[1]!.value as Asn1[])[1]!.value as string;
      requests.push(Buffer.from(hashed, 'binary').toString('hex'));
      authorizations.push(req.headers.authorization ?? '');
      if (authority.mode === 'garbage') answer = Buffer.from('Dit is geen tijdstempel.');
      else if (authority.mode === 'reject') {
        // status 2: rejection, with a reason text.
        answer = Buffer.from(der(seq(seq(int(2), seq(asn1.create(U, asn1.Type.UTF8, false, 'geweigerd'))))), 'binary');
      } else answer = Buffer.from(der(seq(seq(int(0)), token(request))), 'binary');
      res.writeHead(200, { 'content-type': 'application/timestamp-reply', 'content-length': answer.length }).end(answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  authority.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/tsa`;
  return authority;
}
