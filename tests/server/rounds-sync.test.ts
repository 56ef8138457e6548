import { describe, expect, it } from 'vitest';
import { waitFor } from 'xstate';
import { pathKey } from '#src/domain/merge';
import { createApi } from '#src/sync/api';
import type { StepSyncActor } from '#src/sync/autosave.machine';
import { RoundsSync } from '#src/sync/rounds-sync';
import { DB_KINDS, useTestServer, type TestServer } from '#tests/utils/test-server';
import { invite, signedDossier } from './rounds-fixtures';

/**
 * The client's door for rounds (src/sync/rounds-sync.ts) against the real server over HTTP: one's own
 * answers autosaved like a step, the same person in two windows, paper forms, a round that closes.
 * (In Node there is no browser storage: unsent input lives in the actors only, which is what is tested.)
 */
describe.each(DB_KINDS)('the rounds door against the server on %s', (kind) => {
  let srv: TestServer;
  useTestServer(kind, (s) => (srv = s));

  const settled = (actor: StepSyncActor) =>
    waitFor(actor, (s) => !s.matches('debouncing') && !s.matches('saving') && !s.matches('boot'), { timeout: 10_000 });

  const save = async (actor: StepSyncActor, answers: Record<string, unknown>) => {
    actor.send({ type: 'EDIT', data: { answers } });
    actor.send({ type: 'FLUSH' });
    return settled(actor);
  };

  async function doorFor(token: string, dossierId: string) {
    const api = createApi({ baseUrl: srv.url });
    const { me } = await api.getDossier(dossierId, token);
    return { api, door: new RoundsSync({ dossier: { id: dossierId }, token, me }, api) };
  }

  it('saves my answers like a step; a second window merges what it changed apart, and shows both where both changed the same', async () => {
    const d = await signedDossier(srv);
    const { api, door: windowA } = await doorFor(d.token, d.id);
    const { door: windowB } = await doorFor(d.token, d.id);
    const [round] = await windowA.list();
    await windowA.open(round!.id);

    const a = (await windowA.mySheet(round!.id)).actor;
    expect((await save(a, { tops: 'Korte lijnen' })).matches('idle')).toBe(true);
    let mine = await api.myAnswers(d.id, d.token, round!.id);
    expect(mine).toMatchObject({ answers: { tops: 'Korte lijnen' }, revision: 1 });
    expect(mine.progress.responded).toBe(1);

    // Window B opened now; window A saves again, so B is a revision behind.
    const b = (await windowB.mySheet(round!.id)).actor;
    await save(a, { tops: 'Korte lijnen, snelle reacties' });
    const merged = await save(b, { tops: 'Korte lijnen', tips: 'Vaker samen op school' });
    expect(merged.matches('idle')).toBe(true);
    expect(merged.context.server.data).toEqual({
      answers: { tops: 'Korte lijnen, snelle reacties', tips: 'Vaker samen op school' },
    });
    // The form in window B mounts afresh with what both windows changed.
    expect(merged.context.replaced).toBeGreaterThan(0);
    mine = await api.myAnswers(d.id, d.token, round!.id);
    expect(mine.answers).toEqual({ tops: 'Korte lijnen, snelle reacties', tips: 'Vaker samen op school' });

    // Both change the same answer: nothing is overwritten until the person chooses.
    await save(a, { tops: 'Uit venster A', tips: 'Vaker samen op school' });
    const conflict = await save(b, { tops: 'Uit venster B', tips: 'Vaker samen op school' });
    expect(conflict.matches('conflict')).toBe(true);
    expect(conflict.context.conflict!.current.data).toEqual({
      answers: { tops: 'Uit venster A', tips: 'Vaker samen op school' },
    });
    expect(conflict.context.conflict!.details).toEqual([
      { path: ['answers', 'tops'], mine: 'Uit venster B', theirs: 'Uit venster A' },
    ]);
    expect((await api.myAnswers(d.id, d.token, round!.id)).answers.tops).toBe('Uit venster A');
    b.send({ type: 'RESOLVE', choices: { [pathKey(['answers', 'tops'])]: { kind: 'mine' } } });
    expect((await settled(b)).matches('idle')).toBe(true);
    expect((await api.myAnswers(d.id, d.token, round!.id)).answers).toEqual({
      tops: 'Uit venster B',
      tips: 'Vaker samen op school',
    });
    windowA.stop();
    windowB.stop();
  });

  it('a reading link answers for itself; a paper form is saved at once with whose it is, listed for its link only, and removed', async () => {
    const d = await signedDossier(srv);
    const school = d.partners.find((p) => p.kind === 'school')!;
    const reader = await invite(srv, d, school.id, 'lezen', 'Mentor Lotte');
    const { api, door: owner } = await doorFor(d.token, d.id);
    const { door: reading } = await doorFor(reader.token, d.id);
    const [round] = await owner.list();
    await owner.open(round!.id);

    const mine = (await reading.mySheet(round!.id)).actor;
    expect((await save(mine, { behindVision: 'deels' })).matches('idle')).toBe(true);
    expect((await api.myAnswers(d.id, reader.token, round!.id)).answers).toEqual({ behindVision: 'deels' });
    // A reading link types in no paper forms: the server refuses, the sheet says so.
    const refusedPaper = (await reading.newPaperSheet(round!.id, { partnerId: school.id, person: 'Conciërge' })).actor;
    expect((await settled(refusedPaper)).matches('rejected')).toBe(true);

    const paper = await owner.newPaperSheet(round!.id, { partnerId: school.id, person: 'Conciërge Zeekompas' });
    await settled(paper.actor);
    let entries = await owner.paperEntries(round!.id);
    expect(entries).toMatchObject([{ partnerId: school.id, person: 'Conciërge Zeekompas', answers: {}, revision: 1 }]);
    paper.actor.send({
      type: 'EDIT',
      data: { answers: { tips: 'Meer uren' }, partnerId: school.id, person: 'Conciërge Zeekompas' },
    });
    paper.actor.send({ type: 'FLUSH' });
    await settled(paper.actor);
    expect((await api.round(d.id, d.token, round!.id)).round.progress).toMatchObject({ responded: 1, paper: 1 });
    // Opened again (another page), the same form comes back from the server.
    const again = await owner.paperSheet(round!.id, paper.id);
    expect(again.actor.getSnapshot().context.server.data).toEqual({
      answers: { tips: 'Meer uren' },
      partnerId: school.id,
      person: 'Conciërge Zeekompas',
    });

    await owner.removePaper(round!.id, paper.id);
    entries = await owner.paperEntries(round!.id);
    expect(entries).toEqual([]);
    expect((await api.round(d.id, d.token, round!.id)).round.progress.paper).toBe(0);
    owner.stop();
    reading.stop();
  });

  it('once the round is closed a save is refused with the reason, and what was typed stays in the sheet', async () => {
    const d = await signedDossier(srv);
    const { door } = await doorFor(d.token, d.id);
    const [round] = await door.list();
    await door.open(round!.id);
    const sheet = (await door.mySheet(round!.id)).actor;
    await save(sheet, { tops: 'Eerste' });
    const closed = await door.close(round!.id);
    expect(closed.round.state).toBe('gesloten');
    const refused = await save(sheet, { tops: 'Te laat' });
    expect(refused.matches('rejected')).toBe(true);
    expect(refused.context.lastError).toBe(
      'Deze ronde is gesloten. De antwoorden blijven bewaard en kunnen niet meer worden gewijzigd.',
    );
    expect(refused.context.pending).toEqual({ answers: { tops: 'Te laat' } });
    door.stop();
  });
});
