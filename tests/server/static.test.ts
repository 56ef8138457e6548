import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '#src/server/security-headers';
import { startTestServer, type TestServer } from '#tests/utils/test-server';

const INDEX = '<!doctype html><html lang="nl"><title>Samenwerkwijzer</title><div id="root"></div></html>';

function expectSecurityHeaders(headers: Headers) {
  expect(headers.get('content-security-policy')).toBe(
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  );
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('referrer-policy')).toBe('no-referrer');
  expect(headers.get('x-frame-options')).toBe('DENY');
}

/** Raw HTTP, so the path is sent exactly as written (fetch would normalise `..`). */
function rawGet(url: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url + '/', { path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('static files and headers', () => {
  let srv: TestServer;
  let dist: string;
  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'samenwerkwijzer-dist-'));
    await mkdir(join(dist, 'assets'));
    await writeFile(join(dist, 'index.html'), INDEX);
    await writeFile(join(dist, 'assets', 'index-Bx7k2f9a.js'), 'console.log("app")');
    await writeFile(join(dist, 'assets', 'index-C3d4e5f6.css'), 'body{margin:0}');
    await writeFile(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    srv = await startTestServer('pglite', { staticDir: dist });
  });
  afterAll(async () => {
    await srv?.close();
    await rm(dist, { recursive: true, force: true });
  });

  it('serves index.html for the root and every client route, never cached', async () => {
    for (const path of ['/', '/index.html', '/d/abc123', '/d/abc123/stap/visie', '/nieuw']) {
      const res = await srv.call('GET', path);
      expect(res.status, path).toBe(200);
      expect(res.text).toBe(INDEX);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expectSecurityHeaders(res.headers);
    }
  });

  it('serves hashed assets with a long cache and the right type', async () => {
    const js = await srv.call('GET', '/assets/index-Bx7k2f9a.js');
    expect(js.status).toBe(200);
    expect(js.text).toBe('console.log("app")');
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expectSecurityHeaders(js.headers);
    const css = await srv.call('GET', '/assets/index-C3d4e5f6.css');
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    const svg = await srv.call('GET', '/favicon.svg');
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    expect(svg.headers.get('cache-control')).not.toMatch(/immutable/);
  });

  it('answers 404 for a missing file instead of the app shell', async () => {
    const res = await srv.call('GET', '/assets/index-ontbreekt.js');
    expect(res.status).toBe(404);
    expectSecurityHeaders(res.headers);
  });

  it('never serves files outside dist', async () => {
    for (const path of [
      '/../../../../etc/passwd',
      '/..%2f..%2f..%2f..%2fetc%2fpasswd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/assets/..%5c..%5cetc%5cpasswd',
    ]) {
      const res = await rawGet(srv.url, path);
      expect(res.body, path).not.toContain('root:');
    }
  });

  it('keeps /api JSON: an unknown API path is a JSON 404, not index.html', async () => {
    const res = await srv.call('GET', '/api/bestaat-niet');
    expect(res.status).toBe(404);
    expect(res.json.error).toEqual(expect.any(String));
    expectSecurityHeaders(res.headers);
  });

  it('puts the security headers on every kind of response', async () => {
    const { id, token } = await srv.createDossier();
    const responses = [
      await srv.call('GET', '/api/health'),
      await srv.call('GET', '/api/openapi.json'),
      await srv.call('GET', `/api/dossiers/${id}`, { token }),
      await srv.call('GET', `/api/dossiers/${id}`),
      await srv.call('GET', `/api/dossiers/${id}`, { token: 'fout' }),
      await srv.call('POST', '/api/dossiers', { body: 'x', headers: { 'content-type': 'text/plain' } }),
      await srv.call('POST', '/api/dossiers', { body: '{', headers: { 'content-type': 'application/json' } }),
      await srv.call('POST', '/api/dossiers', { json: { title: 'x'.repeat(1024 * 1024 + 1) } }),
      await srv.call('DELETE', '/iets'),
    ];
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 401, 404, 415, 400, 413, 404]);
    for (const res of responses) expectSecurityHeaders(res.headers);
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it('marks API responses as not cacheable', async () => {
    expect((await srv.call('GET', '/api/health')).headers.get('cache-control')).toBe('no-store');
  });
});
