import { describe, expect, it } from 'vitest';
import { DB_KINDS, useTestServer, type TestServer } from '#tests/utils/test-server';
import { ok, signedDossier } from './rounds-fixtures';

/** Working data written from several browsers at the same moment: nothing lost, nothing doubled, no 5xx. */
describe.each(DB_KINDS)('working data under concurrent writes on %s', (kind) => {
  let srv: TestServer;
  useTestServer(kind, (s) => (srv = s));

  it('keeps one progress change per revision, one proposal per round item, one live calendar feed', async () => {
    const d = await signedDossier(srv);
    const base = `/api/dossiers/${d.id}`;
    const links = [d.token, ...Object.values(d.signers)];
    const action = (await ok(srv.call('GET', `${base}/actions`, { token: d.token }))).json.actions[3].id as string;

    const progress = await Promise.all(
      links.map((token, i) =>
        srv.call('PUT', `${base}/actions/${action}/progress`, {
          token,
          json: { status: i % 2 ? 'bezig' : 'gereed', revision: 0 },
        }),
      ),
    );
    expect(progress.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
    const after = (await ok(srv.call('GET', `${base}/actions`, { token: d.token }))).json.actions[3];
    expect(after.history).toHaveLength(1);
    expect(after.progress.revision).toBe(1);

    const [round] = (await ok(srv.call('GET', `${base}/rounds`, { token: d.token }))).json.rounds;
    const roundPath = `${base}/rounds/${round.id}`;
    await ok(srv.call('POST', `${roundPath}/open`, { token: d.token }));
    await ok(
      srv.call('PUT', `${roundPath}/answers/me`, {
        token: d.token,
        json: {
          baseRevision: 0,
          answers: {
            newActions: [
              { id: 'n1', what: 'Spreekuur' },
              { id: 'n2', what: 'Ouderavond' },
            ],
          },
        },
      }),
    );
    await ok(srv.call('POST', `${roundPath}/close`, { token: d.token }));
    const put = await Promise.all(links.map((token) => srv.call('POST', `${roundPath}/actions`, { token })));
    expect(put.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(put.flatMap((r) => r.json.added)).toHaveLength(2);
    const proposals = (await ok(srv.call('GET', `${base}/actions`, { token: d.token }))).json.actions.filter(
      (a: { source: string }) => a.source === 'voorstel',
    );
    expect(proposals.map((a: { action: { what: string } }) => a.action.what).sort()).toEqual(['Ouderavond', 'Spreekuur']);

    const feeds = await Promise.all(
      Array.from({ length: 5 }, () => srv.call('POST', `${base}/calendar-feed`, { token: d.token })),
    );
    expect(feeds.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    const working = await Promise.all(feeds.map((f) => fetch(srv.url + f.json.path).then((r) => r.status)));
    expect(working.filter((s) => s === 200)).toHaveLength(1);
    expect(working.filter((s) => s === 404)).toHaveLength(4);
  });
});
