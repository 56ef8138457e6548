/**
 * "Evaluatieverslag ronde n": the report of a closed round as a PDF, over real HTTP, read back with
 * poppler's pdftotext and pdffonts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileSlug } from '#src/domain/file-name';
import { EXAMPLE_DOSSIER } from '#steps/example-dossier';
import { createPdfRenderer } from '#src/server/pdf/render-thread';
import { PDF_MESSAGES } from '#src/server/pdf-routes';
import { DB_KINDS, startTestServer, useTestServer, type TestServer } from '#tests/utils/test-server';
import { draftDossier, invite, ok, signedDossier, type SignedDossier } from './rounds-fixtures';

const work = mkdtempSync(join(tmpdir(), 'samenwerkwijzer-report-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let files = 0;
function poppler(tool: 'pdftotext' | 'pdffonts', pdf: Buffer): string {
  const file = join(work, `r${files++}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync(tool, tool === 'pdftotext' ? [file, '-'] : [file], { encoding: 'utf8' });
}
/** The text, whitespace folded and words hyphenated at a line end joined again. */
const textOf = (pdf: Buffer) =>
  poppler('pdftotext', pdf)
    .replace(/\s+/g, ' ')
    .replace(/(\p{Ll})- (\p{Ll})/gu, '$1$2');

describe.each(DB_KINDS)('the evaluation report PDF on %s', (kind) => {
  let srv: TestServer;
  useTestServer(kind, (s) => (srv = s));

  const base = (d: SignedDossier) => `/api/dossiers/${d.id}`;
  const report = (d: SignedDossier, roundId: string, token: string) =>
    srv.call('GET', `${base(d)}/rounds/${roundId}/report.pdf`, { token });
  const pdfOf = async (d: SignedDossier, roundId: string, token: string) => {
    const res = await fetch(`${srv.url}${base(d)}/rounds/${roundId}/report.pdf`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    return { res, pdf: Buffer.from(await res.arrayBuffer()) };
  };
  const partnerNamed = (d: SignedDossier, name: string) => d.partners.find((p) => p.name === name)!;

  /** A signed dossier whose first round three partners answered, with 20 students, closed by the owner. */
  async function closedRound() {
    const d = await signedDossier(srv);
    const [round] = (await ok(srv.call('GET', `${base(d)}/rounds`, { token: d.token }))).json.rounds;
    await ok(srv.call('POST', `${base(d)}/rounds/${round.id}/open`, { token: d.token }));
    const survey = await ok(srv.call('POST', `${base(d)}/rounds/${round.id}/students`, { token: d.token, json: {} }), 201);
    // 20 students, each from a browser of its own: 15 see the youth workers, 8 had contact.
    for (let i = 0; i < 20; i++) {
      await ok(
        srv.call('POST', '/api/peiling', {
          token: survey.json.token,
          json: {
            answers: { visible: i < 15 ? 'ja' : 'nee', hadContact: i < 8 ? 'ja' : 'nee', knowWhatFor: 'weet_niet' },
            needs: i % 2 ? ['activiteiten'] : ['vaker'],
          },
        }),
        201,
      );
    }
    const zeekompas = partnerNamed(d, 'Het Zeekompas');
    const kustlanden = partnerNamed(d, 'Kustlanden College');
    const jongerenwerk = d.partners.find((p) => p.kind === 'jongerenwerk')!;
    const answer = (token: string, answers: Record<string, unknown>) =>
      ok(srv.call('PUT', `${base(d)}/rounds/${round.id}/answers/me`, { token, json: { answers, baseRevision: 0 } }));
    await answer(d.signers[zeekompas.id]!, {
      presence: { zichtbaar: 2 },
      tops: 'De mentoren weten de jongerenwerkers te vinden.',
      behindVision: 'ja',
    });
    await answer(d.signers[kustlanden.id]!, {
      presence: { zichtbaar: 4 },
      knelpunten: [
        { id: 'k1', knelpunt: 'Het lokaal is op dinsdag bezet.', oplossing: 'Een vaste ruimte op de tweede verdieping.' },
      ],
      behindVision: 'deels',
    });
    await answer(d.signers[jongerenwerk.id]!, {
      presence: { zichtbaar: 5 },
      agreements: { roles: 'ja', meetings: 'deels' },
      behindVision: 'ja',
    });
    await ok(srv.call('POST', `${base(d)}/rounds/${round.id}/close`, { token: d.token }));
    return { d, roundId: round.id as string, zeekompas, kustlanden, jongerenwerk };
  }

  it('prints the round, the partners, the answers per question, the texts, the students and the trend charts, with embedded fonts', async () => {
    const { d, roundId, zeekompas, kustlanden, jongerenwerk } = await closedRound();
    // Any link of the dossier may download it: a reading link too.
    const reader = await invite(srv, d, zeekompas.id, 'lezen', 'Lezer van het bestuur');
    const { res, pdf } = await pdfOf(d, roundId, reader.token);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const fileName = `evaluatieverslag-ronde-1-${fileSlug(EXAMPLE_DOSSIER.title, 'samenwerking')}.pdf`;
    expect(res.headers.get('content-disposition')).toContain(`filename="${fileName}"`);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    const text = textOf(pdf);
    expect(text).toContain('Evaluatieverslag ronde 1');
    expect(text).toContain(EXAMPLE_DOSSIER.title);
    for (const p of [zeekompas, kustlanden, jongerenwerk]) expect(text).toContain(p.name);
    // 2, 4 and 5: a mean of 3,7 from 3 answers, 2–5, the partners 3 apart.
    expect(text).toContain('Aanwezig, zichtbaar en benaderbaar in de school');
    expect(text).toContain('3,7 (3)');
    expect(text).toContain('2–5');
    expect(text).toContain('Let op: organisaties liggen 2 of meer uit elkaar');
    expect(text).toContain('De mentoren weten de jongerenwerkers te vinden.');
    expect(text).toContain('Het lokaal is op dinsdag bezet.');
    expect(text).toContain('Een vaste ruimte op de tweede verdieping.');
    // Students in counts and percentages: 15 of 20 see the youth workers, 8 had contact.
    expect(text).toContain('20 leerlingen vulden de korte vragenlijst in');
    expect(text).toContain('15 (75%)');
    expect(text).toContain('8 (40%)');
    for (const title of [
      'Ontwikkeling over de rondes',
      'Respons en acties gereed',
      'Leerlingen die ja zeiden',
      'Afspraken die werken',
    ])
      expect(text).toContain(title);
    expect(text).toContain('Staan nog achter visie en doelen');
    expect(text).toContain('De verdeling van rollen en taken werkt');

    const fonts = poppler('pdffonts', pdf).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    // name, type, encoding, emb, sub, uni: every font embedded.
    for (const line of fonts) expect(line.split(/\s+/).at(-5), line).toBe('yes');

    const audit = await srv.db.query<{ action: string; object: string; actor: string }>(
      `SELECT action, object, actor FROM audit_log WHERE dossier_id = $1 AND action = 'round.report'`,
      [d.id],
    );
    expect(audit).toEqual([
      {
        action: 'round.report',
        object: `dossier:${d.id}/round:${roundId}`,
        actor: expect.stringContaining('Lezer van het bestuur'),
      },
    ]);
  }, 90_000);

  it('answers 409 while a round is open, and for a baseline round', async () => {
    const d = await signedDossier(srv);
    const [round] = (await ok(srv.call('GET', `${base(d)}/rounds`, { token: d.token }))).json.rounds;
    expect((await report(d, round.id, d.token)).status).toBe(409);
    await ok(srv.call('POST', `${base(d)}/rounds/${round.id}/open`, { token: d.token }));
    const open = await report(d, round.id, d.token);
    expect(open.status).toBe(409);
    expect(open.json.error).toBe('Het evaluatieverslag komt beschikbaar zodra de eigenaar de ronde sluit.');

    const draft = await draftDossier(srv);
    const created = await ok(
      srv.call('POST', `${base(draft)}/rounds`, { token: draft.token, json: { kind: 'nulmeting', plannedOn: '2027-02-01' } }),
      201,
    );
    const baseline = created.json.round.id;
    await ok(srv.call('POST', `${base(draft)}/rounds/${baseline}/open`, { token: draft.token }));
    await ok(
      srv.call('PUT', `${base(draft)}/rounds/${baseline}/answers/me`, {
        token: draft.token,
        json: { answers: { scores: { zichtbaar: { importance: 5, presence: 2 } } }, baseRevision: 0 },
      }),
    );
    await ok(srv.call('POST', `${base(draft)}/rounds/${baseline}/close`, { token: draft.token }));
    const refused = await report(draft, baseline, draft.token);
    expect(refused.status).toBe(409);
    expect(refused.json.error).toMatch(/nulmeting staat in stap 4/);
  });

  it('answers 404 for another dossier’s round, an unknown round and a wrong token', async () => {
    const { d, roundId } = await closedRound();
    const other = await signedDossier(srv);
    const foreign = await report(other, roundId, other.token);
    expect(foreign.status).toBe(404);
    expect(foreign.json.error).toBe('Deze ronde bestaat niet.');
    expect((await report(d, 'AAAAAAAAAAAAAAAA', d.token)).status).toBe(404);
    expect((await report(d, '..%2F..%2Fx', d.token)).status).not.toBe(200);
    // Another dossier's token: as unknown as a wrong one.
    expect((await report(d, roundId, other.token)).status).toBe(404);
    // The server keeps serving.
    expect((await report(d, roundId, d.token)).status).toBe(200);
  });
});

describe('a report that cannot be rendered', () => {
  // Far too little heap for the fonts: the render thread fails, as it would on a report too large for its cap.
  const starved = createPdfRenderer({ maxHeapMb: 8 });
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer('pglite', { pdf: starved });
  });
  afterAll(async () => {
    await srv.close();
    await starved.close();
  });

  it('answers 503 with Retry-After, as the agreement does, logs no download, and the server keeps serving', async () => {
    const d = await signedDossier(srv);
    const base = `/api/dossiers/${d.id}`;
    const [round] = (await ok(srv.call('GET', `${base}/rounds`, { token: d.token }))).json.rounds;
    await ok(srv.call('POST', `${base}/rounds/${round.id}/open`, { token: d.token }));
    await ok(
      srv.call('PUT', `${base}/rounds/${round.id}/answers/me`, {
        token: d.token,
        json: { answers: { tops: 'Korte lijnen' }, baseRevision: 0 },
      }),
    );
    await ok(srv.call('POST', `${base}/rounds/${round.id}/close`, { token: d.token }));
    const res = await srv.call('GET', `${base}/rounds/${round.id}/report.pdf`, { token: d.token });
    expect(res.status).toBe(503);
    expect(res.json).toEqual({ error: PDF_MESSAGES.renderFailed });
    expect(res.headers.get('retry-after')).toBe('30');
    const logged = await srv.db.query(`SELECT 1 FROM audit_log WHERE dossier_id = $1 AND action = 'round.report'`, [d.id]);
    expect(logged).toHaveLength(0);
    expect((await srv.call('GET', `${base}/rounds/${round.id}/results`, { token: d.token })).status).toBe(200);
  });
});
