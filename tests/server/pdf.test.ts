import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { request } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLE_DOSSIER } from '#steps/example-dossier';
import { STEPS } from '#steps/index';
import { createSeal } from '#src/server/pdf/seal-signature';
import { selfSignedIdentity } from '#src/server/pdf/seal-identity';
import { DB_KINDS, dumpAllTables, startTestServer, type TestServer } from '#tests/utils/test-server';
import { signaturePng } from '#tests/utils/png';
import { fillWithExample } from './fixtures';

// The self-signed seal of these tests lives in a temporary directory, never in ./data.
const work = mkdtempSync(join(tmpdir(), 'samenwerkwijzer-pdf-'));
process.env.SEAL_DIR = join(work, 'zegel');

const NAMES = ['Şükrü Yılmaz', 'Łucja Wąsowska', 'Nguyễn Thị Hương', 'Zoë Verhoeven'];

let fileCount = 0;
function tool(cmd: string, pdf: Buffer, args: string[] = []): string {
  const file = join(work, `f${fileCount++}.pdf`);
  writeFileSync(file, pdf);
  try {
    return execFileSync(cmd, [...args, file, ...(cmd === 'pdftotext' ? ['-'] : [])], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (err) {
    // pdfsig exits non-zero for an invalid signature; its report is what the test reads.
    const e = err as { stdout?: string; stderr?: string };
    return `${e.stdout ?? ''}${e.stderr ?? ''}`;
  }
}
/** A tool's exit status and everything it printed. */
function run(cmd: string, pdf: Buffer, args: string[] = []): { status: number; output: string } {
  const file = join(work, `f${fileCount++}.pdf`);
  writeFileSync(file, pdf);
  const res = spawnSync(cmd, [...args, file], { encoding: 'utf8' });
  return { status: res.status ?? -1, output: `${res.stdout}${res.stderr}` };
}
/** The document's objects as qpdf reads them (JSON v2): `obj:N 0 R` and `trailer` → value. */
function qpdfObjects(pdf: Buffer): { header: string; object(ref: string): any } {
  const json = JSON.parse(run('qpdf', pdf, ['--json=2', '--json-key=qpdf']).output);
  const [info, objects] = json.qpdf;
  return { header: info.pdfversion, object: (ref) => objects[ref === 'trailer' ? ref : `obj:${ref}`].value };
}
/**
 * The XMP packet (via the catalog's /Metadata, as pdfinfo finds it): a property's text, entities
 * decoded. (Well-formedness is the XMP writer's unit test, which has a DOM.)
 */
function xmpOf(pdf: Buffer) {
  const xml = tool('pdfinfo', pdf, ['-meta']);
  expect(xml).toMatch(/^<\?xpacket begin=.*<\/x:xmpmeta>\n<\?xpacket end="r"\?>\n?$/s);
  const value = (name: string) => {
    const m = new RegExp(`<${name}>(.*?)</${name}>`, 's').exec(xml);
    return m?.[1]!
      .replace(/<[^>]+>/g, '')
      .replace(/&(lt|gt|quot|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&' })[e]!);
  };
  return { xml, value };
}
/** The text of each page, whitespace folded (a name may wrap at a line end). */
const pagesOf = (pdf: Buffer) =>
  tool('pdftotext', pdf)
    .split('\f')
    .slice(0, -1)
    .map((p) => p.replace(/\s+/g, ' '));
const textOf = (pdf: Buffer) => pagesOf(pdf).join(' ');
const pageCount = (pdf: Buffer) => Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', pdf))![1]);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.each(DB_KINDS)('agreement PDF, seal and verify on %s', (kind) => {
  let srv: TestServer;
  let id: string;
  let token: string;
  let partners: { id: string; name: string }[];
  /** Per partner a link that may sign for it (the owner link may not). */
  const signers: Record<string, string> = {};
  let hash: string;
  let sealed: Buffer;

  const download = async (path: string, t = token) => {
    const res = await fetch(srv.url + path, { headers: { authorization: `Bearer ${t}` } });
    return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
  };
  /** An upload to /api/verify that sends up to `megabytes` (1 MB at a time) only until the answer arrives. */
  const upload = (headers: Record<string, string>, megabytes: number) =>
    new Promise<{ status: number; body: string; sentMb: number }>((resolve) => {
      let sentMb = 0;
      let answered = false;
      const req = request(
        `${srv.url}/api/verify`,
        { method: 'POST', headers: { 'content-type': 'application/pdf', ...headers } },
        (res) => {
          answered = true;
          let body = '';
          res.on('data', (d: Buffer) => (body += d.toString()));
          res.on('end', () => {
            req.destroy();
            resolve({ status: res.statusCode!, body, sentMb });
          });
        },
      );
      // The server may close the connection while a chunk is still being written: the answer counts.
      let failed = false;
      req.on('error', (err) => {
        failed = true;
        setTimeout(() => (answered ? undefined : resolve({ status: 0, body: err.message, sentMb })), 2000);
      });
      req.flushHeaders();
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      const next = () => {
        if (answered || failed || sentMb >= megabytes) return;
        sentMb++;
        req.write(chunk, () => setImmediate(next));
      };
      next();
    });
  const verify = (body: BodyInit, type = 'application/pdf', headers: Record<string, string> = {}) =>
    srv.call('POST', '/api/verify', { body, headers: { 'content-type': type, ...headers } });

  beforeAll(async () => {
    srv = await startTestServer(kind);
    ({ id, token } = await srv.createDossier(EXAMPLE_DOSSIER.title, EXAMPLE_DOSSIER.gemeente));
    await fillWithExample(srv, id, token);
    partners = (await srv.call('GET', `/api/dossiers/${id}`, { token })).json.partners;
    for (const p of partners) {
      const res = await srv.call('POST', `/api/dossiers/${id}/invites`, {
        token,
        json: { partner: p.id, role: 'bewerken', tekenbevoegd: true, name: `Tekenaar ${p.name}` },
      });
      expect(res.status, res.text).toBe(201);
      signers[p.id] = res.json.token;
    }
    await approve(STEPS.filter((s) => s.agreement.role === 'required').map((s) => s.id));
  });

  /** Every partner's akkoord on these steps, which freezing asks for. */
  async function approve(steps: readonly string[]) {
    for (const stepId of steps) {
      for (const p of partners) {
        const res = await srv.call('PUT', `/api/dossiers/${id}/steps/${stepId}/approval`, { token: signers[p.id] });
        expect(res.status, res.text).toBe(200);
      }
    }
  }
  afterAll(async () => {
    await srv?.close();
  });

  it('the draft: every page says CONCEPT, fonts embedded, not sealed', async () => {
    const res = await download(`/api/dossiers/${id}/agreement.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="samenwerkingsovereenkomst-jongerenwerk-op-school-in-westerhaven-voorbeeld-concept\.pdf"/,
    );
    const pages = pagesOf(res.body);
    expect(pages.length).toBe(pageCount(res.body));
    expect(pages.length).toBeGreaterThan(5);
    for (const [i, page] of pages.entries()) {
      expect(page, `page ${i + 1}`).toContain('CONCEPT — niet ondertekend');
      expect(page, `page ${i + 1}`).toContain(`pagina ${i + 1} van ${pages.length}`);
    }
    expect(tool('pdfsig', res.body)).toMatch(/does not contain any signatures/);
    // Drafts are sound PDF too, with the same metadata.
    expect(run('qpdf', res.body, ['--check']).status).toBe(0);
    expect(xmpOf(res.body).value('sww:status')).toBe('concept');
  });

  it('a version awaiting signatures carries its banner on every page and is not sealed', async () => {
    const frozen = await srv.call('POST', `/api/dossiers/${id}/versions`, { token });
    expect(frozen.status).toBe(201);
    hash = frozen.json.hash;
    const res = await download(`/api/dossiers/${id}/versions/1/agreement.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('versie-1.pdf');
    for (const page of pagesOf(res.body)) {
      expect(page).toContain('TER ONDERTEKENING — nog niet door alle partners ondertekend');
      expect(page).toContain(`Versie 1 · Hash ${hash.slice(0, 12)}`);
    }
    expect(tool('pdfsig', res.body)).toMatch(/does not contain any signatures/);
    expect(await srv.db.query('SELECT 1 FROM versions WHERE dossier_id = $1 AND sealed_pdf IS NOT NULL', [id])).toEqual([]);
  });

  it('once signed: sealed, every section, the names and the hash, embedded fonts, valid seal', async () => {
    for (const [i, p] of partners.entries()) {
      const body: Record<string, unknown> = {
        organisation: p.id,
        name: NAMES[i],
        function: 'Directeur',
        method: 'typed',
        authorised: true,
      };
      if (i === 1) Object.assign(body, { method: 'drawn', image: signaturePng() });
      if (i === 2) body.mandate = 'Mandaat van het college van burgemeester en wethouders';
      const res = await srv.call('POST', `/api/dossiers/${id}/versions/1/signatures`, { token: signers[p.id], json: body });
      expect(res.status, res.text).toBe(201);
    }
    const res = await download(`/api/dossiers/${id}/versions/1/agreement.pdf`);
    expect(res.status).toBe(200);
    sealed = res.body;

    const text = textOf(sealed);
    for (const step of STEPS) expect(text).toContain(`Stap ${step.number} — ${step.copy.title}`);
    for (const name of NAMES) expect(text).toContain(name);
    expect(text).toContain(hash);
    expect(text).not.toContain('CONCEPT');
    expect(text).not.toContain('TER ONDERTEKENING');
    expect(text).toContain('Onder mandaat: Mandaat van het college');

    const fonts = tool('pdffonts', sealed).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line, line).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+$/); // emb, sub, uni

    const info = tool('pdfinfo', sealed);
    expect(info).toMatch(/Title:\s+Samenwerkingsovereenkomst — Jongerenwerk op school in Westerhaven \(voorbeeld\) — Versie 1/);
    expect(info).toMatch(/Author:\s+Westerhaven \/ Samenwerkwijzer/);
    expect(info).toContain(`dossier:${id}`);
    expect(info).toContain(`sha256:${hash}`);

    const sig = tool('pdfsig', sealed);
    expect(sig).toContain('Signature Validation: Signature is Valid.');
    expect(sig).toContain('Signature Type: ETSI.CAdES.detached');
    expect(sig).toContain('Total document signed');
    expect(sig).toContain('Samenwerkwijzer zegel');
  });

  it('the sealed file is sound: qpdf finds nothing, a certification that allows no changes, XMP as the information says', () => {
    const check = run('qpdf', sealed, ['--check']);
    expect(check.status, check.output).toBe(0);
    expect(check.output).not.toContain('WARNING');
    expect(check.output).toContain('No syntax or stream encoding errors found');

    // PDF 1.7 with ETSI's extension for CAdES signatures; the update's trailer keeps the file identifier.
    const pdf = qpdfObjects(sealed);
    expect(pdf.header).toBe('1.7');
    const trailer = pdf.object('trailer');
    expect(trailer['/ID']).toHaveLength(2);
    const catalog = pdf.object(trailer['/Root']);
    expect(catalog['/Extensions']['/ESIC']).toEqual({ '/BaseVersion': '/1.7', '/ExtensionLevel': 2 });
    // Certification (DocMDP): the catalog's /Perms names the signature, which allows no changes (P 1).
    // (pdfsig 22.12 does not report certification; qpdf shows the structure a reader acts on.)
    const signature = pdf.object(catalog['/Perms']['/DocMDP']);
    expect(signature['/SubFilter']).toBe('/ETSI.CAdES.detached');
    expect(signature['/Reference']).toEqual([
      {
        '/Type': '/SigRef',
        '/TransformMethod': '/DocMDP',
        '/TransformParams': { '/Type': '/TransformParams', '/P': 1, '/V': '/1.2' },
      },
    ]);
    const [field] = pdf.object(catalog['/AcroForm'])['/Fields'];
    expect(pdf.object(field)['/V']).toBe(catalog['/Perms']['/DocMDP']);
    expect(pdf.object(catalog['/AcroForm'])['/SigFlags']).toBe(3);

    // XMP metadata, well-formed, saying what the information dictionary says.
    const info = tool('pdfinfo', sealed, ['-isodates']);
    const infoField = (name: string) => new RegExp(`^${name}:\\s+(.*)$`, 'm').exec(info)![1];
    const xmp = xmpOf(sealed);
    expect(xmp.value('dc:title')).toBe(infoField('Title'));
    expect(xmp.value('dc:creator')).toBe(infoField('Author'));
    expect(xmp.value('dc:description')).toBe(infoField('Subject'));
    expect(xmp.value('xmp:CreatorTool')).toBe(infoField('Creator'));
    expect(xmp.value('pdf:Producer')).toBe(infoField('Producer'));
    expect(xmp.value('pdf:Keywords')).toBe(infoField('Keywords'));
    expect(xmp.value('xmp:CreateDate')).toBe(infoField('CreationDate'));
    expect(xmp.value('dc:identifier')).toBe(`sha256:${hash}`);
    expect(xmp.value('sww:sha256')).toBe(hash);
    expect(xmp.value('sww:dossier')).toBe(id);
    expect(xmp.value('sww:versie')).toBe('1');
    expect(xmp.value('sww:status')).toBe('getekend');
    expect(xmp.value('dc:language')).toBe('nl');
  });

  it('prints the action plan across landscape pages, as an annex that section 5 and the contents point to', () => {
    const pages = pagesOf(sealed);
    const sizes = [
      ...tool('pdfinfo', sealed, ['-f', '1', '-l', String(pages.length)]).matchAll(/Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)/g),
    ].map((m) => ({
      page: Number(m[1]),
      landscape: Number(m[2]) > Number(m[3]),
    }));
    const annexStart = pages.findIndex((p) => p.includes('Bijlage 1 — Actieplan Nr. Actie')) + 1;
    expect(annexStart).toBeGreaterThan(0);
    const landscape = sizes.filter((s) => s.landscape).map((s) => s.page);
    expect(landscape[0]).toBe(annexStart);
    // Every landscape page holds action rows (the header repeats), and the evidence page after them is portrait again.
    for (const n of landscape) expect(pages[n - 1], `page ${n}`).toContain('Nr. Actie Leiding Planning Nodig Indicator Status');
    expect(sizes.at(-1)!.landscape).toBe(false);
    expect(pages.at(-1)).toContain('Verantwoording');
    const rows = (EXAMPLE_DOSSIER.steps.taakverdeling as { actionPlan: unknown[] }).actionPlan.length;
    expect(textOf(sealed)).toContain(`De ${rows} regels staan in bijlage 1 (pagina ${annexStart})`);
    expect(pages[1]).toMatch(new RegExp(`Bijlage 1 — Actieplan ${annexStart} Verantwoording ${pages.length}`));
  });

  it('any changed byte breaks the seal', () => {
    for (const at of [200, Math.floor(sealed.length / 2), sealed.length - 40]) {
      const changed = Buffer.from(sealed);
      changed[at] = changed[at] === 0x20 ? 0x21 : 0x20;
      expect(tool('pdfsig', changed), `byte ${at}`).not.toContain('Signature is Valid');
    }
  });

  it('every download of a signed version is the same stored file', async () => {
    const again = await download(`/api/dossiers/${id}/versions/1/agreement.pdf`);
    expect(again.body.equals(sealed)).toBe(true);
    const audits = await srv.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE dossier_id = $1 AND action = 'version.seal'`,
      [id],
    );
    expect(audits[0]!.n).toBe(1);
  });

  it('verify: a sealed file is recognised, with dossier, version and hash', async () => {
    const res = await verify(new Uint8Array(sealed));
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ sealed: true, unaltered: true, dossierId: id, version: 1, hash });
    expect(res.json.message).toMatch(/versie 1 .* niet gewijzigd/);
  });

  it('verify: a changed file is refused, saying it was changed', async () => {
    const changed = Buffer.from(sealed);
    const at = changed.indexOf('Westerhaven') + 1;
    changed[at] = changed[at]! ^ 0x01;
    const res = await verify(new Uint8Array(changed));
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ sealed: false, unaltered: false, dossierId: id, version: 1 });
    expect(res.json.message).toMatch(/gewijzigd nadat het werd verzegeld/);

    // Appending an update after sealing keeps the signature intact but is still a change.
    const appended = Buffer.concat([sealed, Buffer.from('\n% toegevoegd\n')]);
    const res2 = await verify(new Uint8Array(appended));
    expect(res2.json).toMatchObject({ unaltered: false });
    expect(res2.json.message).toMatch(/toegevoegd/);
  });

  it('verify: a PDF without our seal, and one signed by someone else, are named as such', async () => {
    const draft = (await download(`/api/dossiers/${id}/agreement.pdf`)).body;
    const unsealed = await verify(new Uint8Array(draft));
    expect(unsealed.json).toMatchObject({ sealed: false, unaltered: false });
    expect(unsealed.json.message).toMatch(/geen zegel van Samenwerkwijzer/);
    expect(unsealed.json.dossierId).toBeUndefined();

    const stranger = createSeal(await selfSignedIdentity('Een andere organisatie'));
    const foreign = await stranger.seal(draft, { reason: 'x', location: 'y', name: 'z', contactInfo: '' });
    expect(tool('pdfsig', foreign)).toContain('Signature is Valid');
    const res = await verify(new Uint8Array(foreign));
    expect(res.json).toMatchObject({ sealed: false, unaltered: false });
    expect(res.json.message).toMatch(/niet met het zegel van Samenwerkwijzer/);
  });

  it('verify: bad input gets a clear 4xx and changes nothing', async () => {
    const before = await dumpAllTables(srv.db);
    const notPdf = await verify('Dit is gewoon tekst.');
    expect(notPdf.status).toBe(400);
    expect(notPdf.json.error).toMatch(/geen PDF/);
    const wrongType = await verify(new Uint8Array(sealed), 'text/plain');
    expect(wrongType.status).toBe(415);
    expect(wrongType.json.error).toMatch(/application\/pdf/);
    expect((await verify(new Uint8Array(0))).status).toBe(400);

    // 50 MB announced: answered at once, before the upload is sent; the connection closes once the
    // client has stopped sending (this one stops when it reads the answer).
    const started = performance.now();
    const huge = await upload({ 'content-length': String(50 * 1024 * 1024) }, 0);
    expect(huge.status).toBe(413);
    expect(huge.body).toMatch(/te groot/);
    expect(performance.now() - started).toBeLessThan(5000);

    // Without a length: answered once past the limit, never with a connection reset (issue 12: the
    // server now reads and discards the rest instead of closing on a client that is still writing).
    const streamed = await upload({ 'transfer-encoding': 'chunked' }, 50);
    expect(streamed.status).toBe(413);
    expect(streamed.sentMb).toBeLessThan(50);

    // A PDF just within the limit is read (and is no sealed agreement).
    const padded = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(3 * 1024 * 1024, 0x20)]);
    expect((await verify(new Uint8Array(padded))).json).toMatchObject({ sealed: false });

    expect(await dumpAllTables(srv.db)).toBe(before);
  });

  it('needs the dossier link for downloads, but not for verify', async () => {
    expect((await download(`/api/dossiers/${id}/versions/1/agreement.pdf`, 'x'.repeat(43))).status).toBe(404);
    expect((await fetch(`${srv.url}/api/dossiers/${id}/agreement.pdf`)).status).toBe(401);
    expect((await download(`/api/dossiers/${id}/versions/9/agreement.pdf`)).status).toBe(404);
    expect((await download(`/api/dossiers/${id}/versions/abc/agreement.pdf`)).status).toBe(404);
  });

  it('an amendment names the version it replaces; version 1 stays downloadable and sealed', async () => {
    expect((await srv.call('POST', `/api/dossiers/${id}/lifecycle`, { token, json: { event: 'AMEND' } })).status).toBe(200);
    const visie = (await srv.call('GET', `/api/dossiers/${id}`, { token })).json.steps.visie;
    const saved = await srv.call('PUT', `/api/dossiers/${id}/steps/visie`, {
      token,
      json: { data: { ...visie.data, vision: `${visie.data.vision} Na een jaar aangescherpt.` }, baseRevision: visie.revision },
    });
    expect(saved.status, saved.text).toBe(200);
    await approve(['visie']);
    const draft = textOf((await download(`/api/dossiers/${id}/agreement.pdf`)).body);
    expect(draft).toContain('Concept voor versie 2');
    expect(draft).toContain('vervangt versie 1');

    expect((await srv.call('POST', `/api/dossiers/${id}/versions`, { token })).status).toBe(201);
    const v2 = textOf((await download(`/api/dossiers/${id}/versions/2/agreement.pdf`)).body);
    expect(v2).toContain('Deze versie vervangt versie 1 van de overeenkomst.');
    expect(v2).toContain(`versie 1 (${hash.slice(0, 12)})`);
    expect((await download(`/api/dossiers/${id}/versions/1/agreement.pdf`)).body.equals(sealed)).toBe(true);
  });
});
