import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import forge from 'node-forge';
import { checkSeal } from '#src/server/pdf/seal-check';
import { createSeal, loadSeal } from '#src/server/pdf/seal-signature';
import { selfSignedIdentity } from '#src/server/pdf/seal-identity';
import { startTestServer, type TestServer } from '#tests/utils/test-server';
import { signedExampleDossier } from '#tests/utils/signed-dossier';
import { startTimestampAuthority, type TimestampAuthority } from '#tests/utils/timestamp-authority';

// The seal of these tests lives in a temporary directory, never in ./data.
const work = mkdtempSync(join(tmpdir(), 'samenwerkwijzer-tsa-'));
process.env.SEAL_DIR = join(work, 'zegel');

let fileCount = 0;
function save(bytes: Buffer | string, ext = 'pdf'): string {
  const file = join(work, `f${fileCount++}.${ext}`);
  writeFileSync(file, bytes);
  return file;
}
function run(cmd: string, args: string[]): { status: number; output: string } {
  const res = spawnSync(cmd, args, { encoding: 'utf8' });
  return { status: res.status ?? -1, output: `${res.stdout}${res.stderr}` };
}

/**
 * The signature value and the timestamp token, read from the PDF's CMS with node-forge (not with the
 * server's own reader): the last SignerInfo's signature OCTET STRING and its unsigned attribute.
 */
function signatureParts(pdf: Buffer): { signature: Buffer; token?: Buffer } {
  const m = /\/ByteRange\s*\[\s*0\s+(\d+)\s+(\d+)/.exec(pdf.toString('latin1'))!;
  const hex = pdf.subarray(Number(m[1]) + 1, Number(m[2]) - 1).toString('latin1');
  const cms = forge.asn1.fromDer(forge.util.hexToBytes(hex), { parseAllBytes: false } as never);
  type Node = forge.asn1.Asn1;
  const kids = (n: Node) => n.value as Node[];
  const signerInfo = kids(kids(kids(kids(kids(cms)[1]!)[0]!).at(-1)!)[0]!);
  const signature = Buffer.from(signerInfo[5]!.value as string, 'binary');
  const unsigned = signerInfo.find((n) => n.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC && n.type === 1);
  if (!unsigned) return { signature };
  const [attr] = kids(unsigned);
  expect(forge.asn1.derToOid(kids(attr!)[0]!.value as string)).toBe('1.2.840.113549.1.9.16.2.14'); // signature-time-stamp
  const token = kids(kids(attr!)[1]!)[0]!;
  return { signature, token: Buffer.from(forge.asn1.toDer(token).getBytes(), 'binary') };
}

/** A local address where nothing listens: a timestamp authority that is down. */
async function deadUrl(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return `http://127.0.0.1:${port}/tsa`;
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the seal with a timestamp authority (TSA_URL, PAdES B-T)', () => {
  let tsa: TimestampAuthority;
  let srv: TestServer;
  let sealed: Buffer;
  let draft: Buffer;

  const download = async (path: string, token: string) => {
    const res = await fetch(srv.url + path, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    return Buffer.from(await res.arrayBuffer());
  };

  beforeAll(async () => {
    tsa = await startTimestampAuthority();
    // With credentials, as commercial authorities ask: sent as basic authentication, never logged.
    const url = new URL(tsa.url);
    url.username = 'gemeente';
    url.password = 'geheim wachtwoord';
    process.env.TSA_URL = url.href;
    srv = await startTestServer('pglite');
    const { id, token } = await signedExampleDossier(srv);
    sealed = await download(`/api/dossiers/${id}/versions/1/agreement.pdf`, token);
    draft = await download(`/api/dossiers/${id}/agreement.pdf`, token);
  });
  afterAll(async () => {
    delete process.env.TSA_URL;
    await srv?.close();
    await tsa?.close();
  });

  it('the sealed agreement carries a timestamp over its signature value', () => {
    const { signature, token } = signatureParts(sealed);
    expect(token).toBeDefined();
    // The authority was asked once, for the SHA-256 of the signature value, with the credentials.
    expect(tsa.requests).toEqual([createHash('sha256').update(signature).digest('hex')]);
    expect(tsa.authorizations).toEqual([`Basic ${Buffer.from('gemeente:geheim wachtwoord').toString('base64')}`]);

    // openssl checks the token on its own: it stamps exactly this signature value, and it is signed by
    // a certificate for timestamping that chains to the authority's CA.
    const verified = run('openssl', [
      'ts',
      '-verify',
      '-data',
      save(signature, 'bin'),
      '-in',
      save(token!, 'tst'),
      '-token_in',
      '-CAfile',
      save(tsa.caPem, 'pem'),
    ]);
    expect(verified.output).toContain('Verification: OK');

    // Our own check reads the same.
    const check = checkSeal(sealed);
    expect(check).toMatchObject({ signed: true, intact: true, coversWholeFile: true });
    expect(check.timestamp).toMatchObject({ coversSignature: true, intact: true });
    expect(Math.abs(check.timestamp!.time!.getTime() - Date.now())).toBeLessThan(5 * 60_000);
    expect(check.timestamp!.authorityFingerprint).toBe(createHash('sha256').update(tsa.certificate).digest('hex'));

    // The token sits outside the signed bytes (it stamps the signature itself): its own signature guards it.
    const at = sealed.indexOf(token!.toString('hex')) + token!.length * 2 - 10;
    const changed = Buffer.from(sealed);
    changed[at] = changed[at] === 0x30 ? 0x31 : 0x30;
    expect(checkSeal(changed)).toMatchObject({ intact: true, timestamp: { coversSignature: true, intact: false } });
  });

  it('stays a sound, certified PDF with a valid signature', () => {
    const file = save(sealed);
    const qpdf = run('qpdf', ['--check', file]);
    expect(qpdf.status, qpdf.output).toBe(0);
    expect(qpdf.output).not.toContain('WARNING');
    const [, objects] = JSON.parse(run('qpdf', ['--json=2', '--json-key=qpdf', file]).output).qpdf;
    const catalog = objects[`obj:${objects.trailer.value['/Root']}`].value;
    const signature = objects[`obj:${catalog['/Perms']['/DocMDP']}`].value;
    expect(signature['/Reference'][0]['/TransformParams']['/P']).toBe(1);
    const sig = run('pdfsig', [file]).output;
    expect(sig).toContain('Signature Validation: Signature is Valid.');
    expect(sig).toContain('Total document signed');
  });

  it('logs where the timestamps come from without the password', () => {
    expect(srv.logs.join('\n')).toContain(`Zegel: tijdstempels van ${tsa.url}.`);
    expect(srv.logs.join('\n')).not.toContain('geheim');
  });

  it('an authority that is down, refuses or answers nonsense: sealed without a timestamp, and the log says why', async () => {
    const logs: string[] = [];
    const sealWith = async (tsaUrl: string) => {
      const seal = createSeal(await selfSignedIdentity('Gemeente Westerhaven'), {
        tsaUrl,
        tsaTimeoutMs: 2000,
        log: (line) => logs.push(line),
      });
      return seal.seal(draft, { reason: 'test', location: 'Westerhaven', name: 'Samenwerkwijzer', contactInfo: '' });
    };
    const cases: [string, () => Promise<string>, RegExp][] = [
      ['down', deadUrl, /niet bereikbaar/],
      ['refusing', async () => ((tsa.mode = 'reject'), tsa.url), /weigert \(status 2\)/],
      ['answering garbage', async () => ((tsa.mode = 'garbage'), tsa.url), /onleesbaar antwoord/],
      ['stamping another hash', async () => ((tsa.mode = 'wrong-hash'), tsa.url), /over iets anders/],
    ];
    for (const [what, url, reason] of cases) {
      logs.length = 0;
      const pdf = await sealWith(await url());
      const check = checkSeal(pdf);
      expect(check, what).toMatchObject({ signed: true, intact: true, coversWholeFile: true });
      expect(check.timestamp, what).toBeUndefined();
      expect(signatureParts(pdf).token, what).toBeUndefined();
      expect(run('qpdf', ['--check', save(pdf)]).status, what).toBe(0);
      expect(logs, what).toHaveLength(1);
      expect(logs[0], what).toMatch(
        /^Zegel: geen tijdstempel van http:\/\/127\.0\.0\.1:\d+\/tsa \(.*\); verzegeld zonder tijdstempel\.$/,
      );
      expect(logs[0], what).toMatch(reason);
    }
    tsa.mode = 'grant';
  });

  it('a TSA that is down when a version is first downloaded: the agreement is still sealed and stays that file', async () => {
    process.env.TSA_URL = await deadUrl();
    const down = await startTestServer('pglite');
    try {
      const { id, token } = await signedExampleDossier(down);
      const path = `${down.url}/api/dossiers/${id}/versions/1/agreement.pdf`;
      const first = await fetch(path, { headers: { authorization: `Bearer ${token}` } });
      expect(first.status).toBe(200);
      const pdf = Buffer.from(await first.arrayBuffer());
      expect(checkSeal(pdf)).toMatchObject({ signed: true, intact: true, coversWholeFile: true, timestamp: undefined });
      expect(down.logs.some((l) => /geen tijdstempel .*niet bereikbaar.*verzegeld zonder tijdstempel/.test(l))).toBe(true);
      // Not sealed again on the next download (no second timestamp attempt): the stored file.
      const again = Buffer.from(await (await fetch(path, { headers: { authorization: `Bearer ${token}` } })).arrayBuffer());
      expect(again.equals(pdf)).toBe(true);
      const verified = await down.call('POST', '/api/verify', {
        body: new Uint8Array(pdf),
        headers: { 'content-type': 'application/pdf' },
      });
      expect(verified.json).toMatchObject({ sealed: true, unaltered: true, dossierId: id, version: 1 });
    } finally {
      await down.close();
    }
  });

  it('a TSA_URL that is no http(s) address stops the seal from loading', async () => {
    for (const tsaUrl of ['ftp://tsa.example.nl/', 'geen adres']) {
      await expect(loadSeal({ dir: join(work, 'zegel'), tsaUrl })).rejects.toThrow(/^TSA_URL /);
    }
  });
});
