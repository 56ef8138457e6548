import { describe, expect, it } from 'vitest';
import { createApi, ApiError } from '#src/sync/api';
import { DB_KINDS, useTestServer, type TestServer } from '#tests/utils/test-server';
import { ok, signedDossier } from './rounds-fixtures';

/** The client's typed calls (src/sync/api.ts) reach the routes they name, with the shapes they declare. */
describe.each(DB_KINDS)('the client’s working-data calls on %s', (kind) => {
  let srv: TestServer;
  useTestServer(kind, (s) => (srv = s));

  it('reads and changes working data through createApi', async () => {
    const d = await signedDossier(srv);
    const api = createApi({ baseUrl: srv.url });
    const plan = await api.actionPlan(d.id, d.token);
    const first = plan.actions.find((a) => a.status !== 'gereed')!;
    const done = await api.putActionProgress(d.id, d.token, first.id, { status: 'gereed', revision: 0 });
    expect(done.progress).toMatchObject({ status: 'gereed', revision: 1 });
    const stale = await api.putActionProgress(d.id, d.token, first.id, { status: 'bezig', revision: 0 }).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(ApiError);
    expect((stale as ApiError).status).toBe(409);

    const proposal = await api.proposeAction(d.id, d.token, { action: { what: 'Ouderavond', deadline: '2099-05-01' } });
    const edited = await api.updateProposedAction(d.id, d.token, proposal.id, {
      action: { what: 'Ouderavond online' },
      revision: 1,
    });
    expect(edited.action.what).toBe('Ouderavond online');
    await api.deleteProposedAction(d.id, d.token, proposal.id);

    const activity = await api.createKnowledgeActivity(d.id, d.token, {
      heldOn: '2027-02-01',
      kind: 'intervisie',
      topic: 'Casus',
      partnerIds: [d.partners[0]!.id],
    });
    const { heldOn, kind: form, topic, partnerIds } = activity;
    await api.updateKnowledgeActivity(d.id, d.token, activity.id, {
      heldOn,
      kind: form,
      topic,
      partnerIds,
      participants: 6,
      revision: 1,
    });
    expect((await api.knowledgeActivities(d.id, d.token)).activities[0]).toMatchObject({ participants: 6 });
    await api.deleteKnowledgeActivity(d.id, d.token, activity.id);

    const [round] = (await api.rounds(d.id, d.token)).rounds;
    await api.openRound(d.id, d.token, round!.id);
    await api.closeRound(d.id, d.token, round!.id);
    expect((await api.roundActionItems(d.id, d.token, round!.id)).candidates).toEqual([]);
    expect((await api.putRoundActionsInPlan(d.id, d.token, round!.id)).added).toEqual([]);

    const followUp = await api.followUp(d.id, d.token);
    expect(followUp.summary.actions.total).toBe(plan.actions.length);
    const ics = await api.keyDateIcs(d.id, d.token, followUp.keyDates[0]!.uid);
    expect(await ics.text()).toContain(`UID:${followUp.keyDates[0]!.uid}`);

    expect((await api.calendarFeed(d.id, d.token)).active).toBe(false);
    const feed = await api.createCalendarFeed(d.id, d.token);
    expect((await fetch(srv.url + feed.path)).status).toBe(200);
    await api.revokeCalendarFeed(d.id, d.token);
    expect((await fetch(srv.url + feed.path)).status).toBe(404);
    await ok(srv.call('GET', `/api/dossiers/${d.id}`, { token: d.token }));
  });
});
