import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { workspaceNl } from '#src/i18n/nl/workspace';
import { DB_KINDS, useTestServer, type TestServer } from '#tests/utils/test-server';
import { draftDossier, freeze, ok, type SignedDossier } from './rounds-fixtures';

/** A CSV as Excel reads it: BOM, CRLF lines, `;` cells, quoted cells with doubled quotes. */
function parseCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 1; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') endCell();
    else if (ch === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += ch;
  }
  return rows;
}

describe.each(DB_KINDS)('a workspace’s portfolio on %s', (kind) => {
  let srv: TestServer;
  useTestServer(kind, (s) => (srv = s));

  it('shows every dossier’s state, the same figures as CSV, the latest results side by side and one calendar', async () => {
    const ws = (await ok(srv.call('POST', '/api/workspaces', { json: { title: 'Gemeente Westerhaven', kind: 'gemeente' } }), 201))
      .json;
    const attach = (d: { id: string; token: string }) =>
      ok(srv.call('POST', `/api/workspaces/${ws.id}/attach`, { token: ws.token, json: { link: `/d/${d.id}#${d.token}` } }), 201);

    // A partnership in use a year on (rounds held), one up for signing with one signature in, one just started.
    const example = (await ok(srv.call('POST', '/api/examples'), 201)).json;
    await attach(example);
    const signing: SignedDossier = await draftDossier(srv);
    await srv.call('PUT', `/api/dossiers/${signing.id}/steps/initiatief`, {
      token: signing.token,
      json: {
        data: { ...(await srv.call('GET', `/api/dossiers/${signing.id}`, { token: signing.token })).json.steps.initiatief.data },
        baseRevision: 2,
      },
    });
    const n = await freeze(srv, signing);
    const school = signing.partners.find((p) => p.kind === 'school')!;
    await ok(
      srv.call('POST', `/api/dossiers/${signing.id}/versions/${n}/signatures`, {
        token: signing.signers[school.id],
        json: { organisation: school.id, name: 'Directeur', function: 'Directeur', method: 'typed', authorised: true },
      }),
      201,
    );
    await srv.db.query('UPDATE dossiers SET title = $2 WHERE id = $1', [signing.id, 'Ter ondertekening']);
    await attach(signing);
    await ok(
      srv.call('POST', `/api/workspaces/${ws.id}/dossiers`, {
        token: ws.token,
        json: { title: 'Net begonnen', gemeente: 'Gemeente Westerhaven' },
      }),
      201,
    );

    const portfolio = (await ok(srv.call('GET', `/api/workspaces/${ws.id}/portfolio`, { token: ws.token }))).json;
    const byTitle = Object.fromEntries(portfolio.rows.map((r: { title: string }) => [r.title, r]));
    expect(Object.keys(byTitle).sort()).toEqual(['Net begonnen', 'Ter ondertekening', example.title].sort());

    const inUse = byTitle[example.title];
    expect(inUse.lifecycle).toBe('actief');
    expect(inUse.stepsDone).toBe(11);
    expect(inUse.stepsTotal).toBe(11);
    expect(inUse.aanZet).toEqual([]);
    expect(inUse.schools.length).toBeGreaterThan(0);
    expect(inUse.nextRound).toEqual({ number: expect.any(Number), date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(inUse.nextRound.date >= portfolio.today).toBe(true);
    expect(inUse.fundingPeriods.length).toBeGreaterThan(0);
    // The same figures as the dossier's own follow-up summary.
    const followUp = (await ok(srv.call('GET', `/api/dossiers/${example.id}/follow-up`, { token: example.token }))).json;
    expect(inUse.overdueActions).toBe(followUp.summary.actions.overdue);
    expect(inUse.fundingMonthsLeft).toBe(followUp.summary.funding.monthsLeft ?? null);
    expect(inUse.searchStarted).toBe(followUp.summary.funding.searchStarted);
    expect(inUse.nextRound.date).toBe(followUp.summary.nextRound.date);

    const up = byTitle['Ter ondertekening'];
    expect(up.lifecycle).toBe('ter-ondertekening');
    expect(up.aanZet).toEqual(signing.partners.filter((p) => p.id !== school.id).map((p) => p.name));

    const fresh = byTitle['Net begonnen'];
    expect(fresh).toMatchObject({
      lifecycle: 'concept',
      stepsDone: 0,
      nextRound: null,
      overdueActions: 0,
      fundingMonthsLeft: null,
      searchStarted: false,
    });
    expect(fresh.aanZet).toEqual(['Gemeente Westerhaven']);

    // CSV: one line per row, the same figures, Dutch dates and yes/no.
    const csv = await fetch(`${srv.url}/api/workspaces/${ws.id}/portfolio.csv`, {
      headers: { authorization: `Bearer ${ws.token}` },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const table = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csv.arrayBuffer()));
    expect(table[0]).toEqual([...workspaceNl.csv.headers]);
    expect(table).toHaveLength(4);
    const line = table.find((r) => r[0] === example.title)!;
    const col = (h: string) => line[workspaceNl.csv.headers.indexOf(h as never)];
    expect(col('Fase')).toBe('Actief');
    expect(col('Stappen afgerond')).toBe('11');
    expect(col('Datum volgende evaluatie')).toBe(inUse.nextRound.date.split('-').reverse().join('-'));
    expect(col('Acties over de einddatum')).toBe(String(inUse.overdueActions));
    expect(col('Zoeken naar structureel geld gestart')).toBe(inUse.searchStarted ? 'ja' : 'nee');

    // Results: the example's latest closed round has figures; the others have none yet.
    const results = (await ok(srv.call('GET', `/api/workspaces/${ws.id}/results`, { token: ws.token }))).json;
    const column = results.dossiers.findIndex((d: { id: string }) => d.id === example.id);
    expect(results.dossiers[column].round).toEqual({ number: expect.any(Number), date: expect.any(String) });
    expect(results.measures.length).toBeGreaterThan(3);
    expect(results.measures.every((m: { values: unknown[] }) => m.values.length === 3)).toBe(true);
    expect(results.measures.filter((m: { values: unknown[] }) => m.values[column] !== null).length).toBeGreaterThan(3);
    for (const m of results.measures) for (const [i, v] of m.values.entries()) if (i !== column) expect(v).toBeNull();

    // One calendar feed with every dossier's dates, each led by its dossier's title.
    const feed = (await ok(srv.call('POST', `/api/workspaces/${ws.id}/calendar-feed`, { token: ws.token }), 201)).json;
    const ics = await fetch(srv.url + feed.path);
    expect(ics.status).toBe(200);
    const calendar = new ICAL.Component(ICAL.parse(await ics.text()));
    expect(String(calendar.getFirstPropertyValue('x-wr-calname'))).toBe('Samenwerkwijzer: Gemeente Westerhaven');
    const summaries = calendar.getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('summary')));
    expect(summaries.some((s) => s.startsWith(`${example.title}: `))).toBe(true);
    expect(summaries.some((s) => s.startsWith('Ter ondertekening: '))).toBe(true);
    expect(JSON.stringify(await srv.db.query('SELECT * FROM workspaces'))).not.toContain(feed.token);
    expect((await srv.call('DELETE', `/api/workspaces/${ws.id}/calendar-feed`, { token: ws.token })).status).toBe(204);
    expect((await fetch(srv.url + feed.path)).status).toBe(404);
  }, 180_000);
});
