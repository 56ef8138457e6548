import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '#tests/utils/test-server';

const SCRIPT = `console.log(${JSON.stringify('samen '.repeat(500))});`;

/** Raw HTTP, so Accept-Encoding is exactly what a browser sends (fetch adds and undoes its own). */
function get(url: string, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (resolve, reject) => {
      const req = request(url + path, { method: 'GET', headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end();
    },
  );
}

describe('compression', () => {
  let srv: TestServer;
  let dist: string;
  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'samenwerkwijzer-dist-'));
    await mkdir(join(dist, 'assets'));
    await writeFile(join(dist, 'index.html'), '<!doctype html><title>x</title>');
    const script = join(dist, 'assets', 'index-Ab12Cd34.js');
    await writeFile(script, SCRIPT);
    await writeFile(`${script}.br`, brotliCompressSync(SCRIPT));
    await writeFile(`${script}.gz`, gzipSync(SCRIPT));
    srv = await startTestServer('pglite', { staticDir: dist });
  });
  afterAll(async () => {
    await srv?.close();
    await rm(dist, { recursive: true, force: true });
  });

  it('sends the precompressed asset the browser prefers, and the plain one when it asks for none', async () => {
    const br = await get(srv.url, '/assets/index-Ab12Cd34.js', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(br.headers['content-type']).toMatch(/^text\/javascript/);
    expect(brotliDecompressSync(br.body).toString()).toBe(SCRIPT);

    const gz = await get(srv.url, '/assets/index-Ab12Cd34.js', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(SCRIPT);

    const asks: Record<string, string>[] = [{}, { 'Accept-Encoding': 'identity' }, { 'Accept-Encoding': 'br;q=0, gzip;q=0' }];
    for (const headers of asks) {
      const plain = await get(srv.url, '/assets/index-Ab12Cd34.js', headers);
      expect(plain.headers['content-encoding'], JSON.stringify(headers)).toBeUndefined();
      expect(plain.body.toString()).toBe(SCRIPT);
    }
  });

  it('compresses JSON over 1 KB when asked, and never the live event stream', async () => {
    const { id, token } = await srv.createDossier();
    const auth = { Authorization: `Bearer ${token}` };
    const zipped = await get(srv.url, `/api/dossiers/${id}`, { ...auth, 'Accept-Encoding': 'gzip' });
    expect(zipped.status).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    const json = JSON.parse(gunzipSync(zipped.body).toString());
    expect(json.id).toBe(id);

    const plain = await get(srv.url, `/api/dossiers/${id}`, auth);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(plain.body.toString())).toEqual(json);

    const events = await fetch(`${srv.url}/api/dossiers/${id}/events`, { headers: { ...auth, 'Accept-Encoding': 'gzip, br' } });
    expect(events.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(events.headers.get('content-encoding')).toBeNull();
    await events.body?.cancel();
  });
});

// `npm test` builds the app first: every text asset of that build must have both compressed copies.
describe.runIf(existsSync('dist/assets'))('the production build', () => {
  it('has a .br and a .gz next to every script and style sheet over 1 KB', async () => {
    const names = await readdir('dist/assets');
    const text = names.filter((n) => /\.(js|css)$/.test(n));
    expect(text.length).toBeGreaterThan(0);
    for (const name of text) {
      if ((await stat(join('dist/assets', name))).size <= 1024) continue;
      expect(names, name).toContain(`${name}.br`);
      expect(names, name).toContain(`${name}.gz`);
    }
  });

  it('preloads the fonts of the first screen, each a file of the build, so text does not jump when they arrive', async () => {
    const html = await readFile('dist/index.html', 'utf8');
    const preloads = [
      ...html.matchAll(/<link rel="preload" as="font" type="font\/woff2" href="\/(assets\/[^"]+)" crossorigin/g),
    ].map((m) => m[1]);
    expect(preloads.map((p) => p.replace(/-[\w-]{8}\.woff2$/, ''))).toEqual([
      'assets/noto-sans-latin-400-normal',
      'assets/noto-sans-latin-700-normal',
      'assets/noto-serif-latin-700-normal',
    ]);
    for (const file of preloads) expect(existsSync(join('dist', file)), file).toBe(true);
  });
});
