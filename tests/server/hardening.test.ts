import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { dossierWithPartners } from '#tests/server/fixtures';
import { DB_KINDS, useTestServer, type TestServer } from '#tests/utils/test-server';
import { signaturePng } from '#tests/utils/png';

/** Sends raw bytes over one TCP connection; resolves with everything the server sent and how the connection ended. */
function rawExchange(
  url: string,
  send: (socket: import('node:net').Socket) => void,
  opts: { timeoutMs?: number; until?: (text: string) => boolean } = {},
): Promise<{ text: string; ended: 'end' | 'reset' | 'timeout'; afterMs: number }> {
  const { hostname, port } = new URL(url);
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    let text = '';
    const done = (ended: 'end' | 'reset' | 'timeout') => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ text, ended, afterMs: performance.now() - started });
    };
    const timer = setTimeout(() => done('timeout'), opts.timeoutMs ?? 20_000);
    socket.on('data', (d) => {
      text += d.toString('latin1');
      if (opts.until?.(text)) done('end');
    });
    socket.on('end', () => done('end'));
    socket.on('close', () => done('end'));
    socket.on('error', (err: NodeJS.ErrnoException) => done(err.code === 'ECONNRESET' || err.code === 'EPIPE' ? 'reset' : 'end'));
    socket.on('connect', () => send(socket));
  });
}

describe.each(DB_KINDS)('bad input is closed on %s', (kind) => {
  let srv: TestServer;
  useTestServer(kind, (s) => (srv = s), { timeouts: { headersMs: 1_000, requestMs: 2_000, checkIntervalMs: 200 } });

  it('a NUL byte or another control character in a path id gets a Dutch 400 on every route, never a 500', async () => {
    const { id, token } = await srv.createDossier();
    const paths = (bad: string) => [
      ['GET', `/api/dossiers/${bad}`],
      ['GET', `/api/dossiers/${bad}/events`],
      ['PUT', `/api/dossiers/${bad}/steps/initiatief`],
      ['GET', `/api/dossiers/${id}/steps/${bad}/history`],
      ['PUT', `/api/dossiers/${id}/steps/${bad}`],
      ['DELETE', `/api/dossiers/${id}/invites/${bad}`],
      ['GET', `/api/dossiers/${id}/versions/${bad}`],
      ['DELETE', `/api/dossiers/${id}/versions/${bad}`],
      ['GET', `/api/dossiers/${id}/versions/${bad}/agreement.pdf`],
      ['GET', `/d/${bad}`],
    ];
    for (const bad of ['%00', 'abc%00def', '%0A', '%0D%0Aforged', '%1B[31m', '%7F', '%C0%80', '%ED%A0%80', '%E0%A4%A']) {
      for (const [method, path] of paths(bad)) {
        const res = await srv.call(method!, path!, { token, json: method === 'PUT' ? { data: {}, baseRevision: 1 } : undefined });
        expect(res.status, `${method} ${path}`).toBe(400);
        expect(res.json.error).toBe('Dit adres bevat tekens die niet kunnen. Controleer de link.');
      }
    }
    // Printable but impossible ids are a plain 404, still without a database error.
    const weird = await srv.call('GET', `/api/dossiers/${'x'.repeat(500)}`, { token });
    expect(weird.status).toBe(404);
    expect((await srv.call('GET', `/api/dossiers/${id}`, { token })).status).toBe(200);
  });

  it('a newline in the URL never writes a line of its own into the log', async () => {
    const before = srv.logs.length;
    await srv.call('GET', '/api/nope%0AGET%20/api/forged%20200%201ms');
    await srv.call('GET', '/api/nope%E2%80%A8x');
    const lines = srv.logs.slice(before);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) {
      expect(line).not.toMatch(/[\n\r\u2028]/);
      expect(line.startsWith('GET /api/forged')).toBe(false);
    }
  });

  it('a drawn signature larger than 3000 × 1000 pixels is refused from its PNG header, before anything renders it', async () => {
    const { id, token } = await dossierWithPartners(srv);
    const invite = await srv.call('POST', `/api/dossiers/${id}/invites`, {
      token,
      json: { partner: 'p-school', role: 'bewerken', tekenbevoegd: true, name: 'Tekenaar' },
    });
    expect(invite.status).toBe(201);
    const sign = (image: string) =>
      srv.call('POST', `/api/dossiers/${id}/versions/1/signatures`, {
        token: invite.json.token,
        json: { organisation: 'p-school', name: 'A. de Vries', function: 'Rector', method: 'drawn', image, authorised: true },
      });
    const huge = signaturePng(6000, 6000);
    expect(huge.length).toBeLessThan(300_000); // small on the wire: only the header tells
    const res = await sign(huge);
    expect(res.status).toBe(400);
    expect(res.json.issues).toContainEqual({ path: ['image'], message: expect.stringMatching(/3000 bij 1000 beeldpunten/) });
    const tall = await sign(signaturePng(300, 1200));
    expect(tall.status).toBe(400);
    // A normal one passes validation (and is then refused only because nothing is up for signing).
    expect((await sign(signaturePng(900, 300))).status).toBe(404);
  });

  it('cuts a connection that sends its headers too slowly (slowloris)', async () => {
    const res = await rawExchange(srv.url, (s) => {
      s.write('GET /api/health HTTP/1.1\r\nHost: x\r\n');
      const drip = setInterval(() => s.writable && s.write('X-Slow: 1\r\n'), 300);
      s.once('close', () => clearInterval(drip));
    });
    expect(res.ended).not.toBe('timeout');
    expect(res.afterMs).toBeLessThan(5_000);
    expect(res.text).not.toContain('"status":"ok"');
  });

  it('cuts a connection that sends its body too slowly', async () => {
    const res = await rawExchange(srv.url, (s) => {
      s.write(
        'POST /api/dossiers HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"title":',
      );
      const drip = setInterval(() => s.writable && s.write(' '), 300);
      s.once('close', () => clearInterval(drip));
    });
    expect(res.ended).not.toBe('timeout');
    expect(res.afterMs).toBeLessThan(6_000);
    expect(res.text).not.toMatch(/HTTP\/1.1 201/);
  });
});

/** A whole JSON answer has arrived (the connection may stay open for the next request). */
const answered = (text: string) => /\r\n\r\n\{.*\}$/s.test(text);

describe.each(DB_KINDS)('oversize uploads on %s', (kind) => {
  let srv: TestServer;
  useTestServer(kind, (s) => (srv = s));
  const big = Buffer.alloc(21 * 1024 * 1024, 0x20);
  big.write('%PDF-1.7\n');

  it('an upload over 20 MB to /api/verify is always answered 413, never reset (with Content-Length)', async () => {
    for (let i = 0; i < 3; i++) {
      const res = await rawExchange(
        srv.url,
        (s) => {
          s.write(
            `POST /api/verify HTTP/1.1\r\nHost: x\r\nContent-Type: application/pdf\r\nContent-Length: ${big.length}\r\n\r\n`,
          );
          // In pieces, as a real client on a real network sends it.
          let at = 0;
          const more = () => {
            while (at < big.length) {
              const piece = big.subarray(at, at + 256 * 1024);
              at += piece.length;
              if (!s.write(piece)) return void s.once('drain', more);
            }
          };
          more();
        },
        { until: answered },
      );
      expect(res.ended).not.toBe('reset');
      expect(res.text).toMatch(/^HTTP\/1.1 413/);
      expect(res.text).toContain('hoogstens 20 MB');
    }
  });

  it('and without Content-Length (chunked)', async () => {
    const res = await rawExchange(
      srv.url,
      (s) => {
        s.write('POST /api/verify HTTP/1.1\r\nHost: x\r\nContent-Type: application/pdf\r\nTransfer-Encoding: chunked\r\n\r\n');
        for (let at = 0; at < big.length; at += 1024 * 1024) {
          const piece = big.subarray(at, at + 1024 * 1024);
          s.write(`${piece.length.toString(16)}\r\n`);
          s.write(piece);
          s.write('\r\n');
        }
        s.write('0\r\n\r\n');
      },
      { until: answered },
    );
    expect(res.ended).not.toBe('reset');
    expect(res.text).toMatch(/^HTTP\/1.1 413/);
    // And the server serves the next request as usual.
    expect((await srv.call('GET', '/api/health')).status).toBe(200);
  });
});
