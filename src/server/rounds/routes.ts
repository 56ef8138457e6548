import type { Context, Hono } from 'hono';
import type { Db } from '#src/db/db';
import { audit, loadDossier } from '#src/db/dossiers';
import {
  countInvitees,
  deleteRound,
  findRound,
  insertRound,
  listRounds,
  listResponses,
  openRound,
  roundSnapshot,
  updateRound,
  workState,
  type RoundRow,
} from '#src/db/rounds';
import { can } from '#src/domain/access';
import { allows } from '#src/domain/agreement/lifecycle.machine';
import { createRoundBody, updateRoundBody, type Round, type RoundDetail } from '#src/domain/evaluation/api';
import { roundResults } from '#src/domain/evaluation/results';
import { workKindOf, type RoundKind } from '#src/domain/evaluation/rounds';
import { trends } from '#src/domain/evaluation/trends';
import { liveActorOf, type RoundsEvent } from '#src/domain/live';
import type { StepId } from '#src/domain/step';
import { actorOf, requireEdit, type AuthVars } from '#src/server/auth';
import { revisionActorOf } from '#src/server/history-routes';
import { readJson } from '#src/server/http';
import type { LiveHub } from '#src/server/live/hub';
import { stepEvent } from '#src/server/live/step-event';
import { closeRoundNow } from './close';
import { closedEvaluations } from './trend-inputs';
import { frameWork } from '#src/server/working/basis';
import { roundFrame } from './frame';
import { isRoundId, newRoundId } from './ids';
import { ROUND_MESSAGES } from './messages';
import { ensurePlanned } from './planning';

type App = Hono<{ Variables: AuthVars }>;
type C = Context<{ Variables: AuthVars }>;

/** The API's view of a round: the invitee count live while it is open, as frozen at close afterwards. */
export const roundView = (r: RoundRow, invitees: number): Round => ({
  id: r.id,
  kind: r.kind,
  number: r.number,
  plannedOn: r.plannedOn,
  origin: r.origin,
  focus: r.focus,
  state: r.state,
  openedAt: r.openedAt,
  openedBy: r.openedBy,
  closedAt: r.closedAt,
  closedBy: r.closedBy,
  revision: r.revision,
  createdAt: r.createdAt,
  students: r.students,
  progress: { ...r.progress, invitees: r.closedInvitees ?? invitees },
});

const notAllowed = (kind: RoundKind) => (kind === 'evaluatie' ? ROUND_MESSAGES.evaluationNotNow : ROUND_MESSAGES.baselineNotNow);

/** The round of this dossier named in the path, or a 404 answer (unknown, malformed, another dossier's). */
export async function roundOf(c: C, db: Db): Promise<RoundRow | Response> {
  const roundId = c.req.param('roundId') ?? '';
  const round = isRoundId(roundId) ? await findRound(db, c.get('dossierId'), roundId) : null;
  return round ?? c.json({ error: ROUND_MESSAGES.unknownRound }, 404);
}

async function stepData(db: Db, dossierId: string) {
  const found = (await loadDossier(db, dossierId))!;
  return Object.fromEntries([...found.steps].map(([id, s]) => [id, s.data])) as Partial<Record<StepId, Record<string, unknown>>>;
}

/**
 * Evaluation and baseline rounds: planning, opening, closing (owner only), results and trends.
 * Answers are in answer-routes.ts, the student survey in student-routes.ts. Register after the auth
 * middleware; `announce` publishes a live event so other browsers refresh.
 */
export function registerRoundRoutes(app: App, db: Db, live: LiveHub, log: (line: string) => void) {
  const announce = (c: C, roundId: string | null, change: RoundsEvent['change']) =>
    live.publish(c.get('dossierId'), 'rounds', { roundId, change, actor: liveActorOf(c.get('identity')) } satisfies RoundsEvent);

  // Plan the rounds as soon as the last signature makes a version signed (not only on the first rounds request).
  app.use('/api/dossiers/:id/versions/:n/signatures', async (c, next) => {
    await next();
    if (c.res.status !== 201) return;
    try {
      if ((await ensurePlanned(db, c.get('dossierId'))) > 0)
        await live.publish(c.get('dossierId'), 'rounds', { roundId: null, change: 'planned', actor: null } satisfies RoundsEvent);
    } catch (err) {
      // The signature stands; the next rounds request plans again.
      log(`rounds: planning after signing failed: ${(err as Error).message}`);
    }
  });

  app.get('/api/dossiers/:id/rounds', async (c) => {
    const dossierId = c.get('dossierId');
    if ((await ensurePlanned(db, dossierId)) > 0)
      await live.publish(dossierId, 'rounds', { roundId: null, change: 'planned', actor: null } satisfies RoundsEvent);
    const [rounds, invitees] = await Promise.all([listRounds(db, dossierId), countInvitees(db, dossierId)]);
    return c.json({ rounds: rounds.map((r) => roundView(r, invitees)) });
  });

  app.post('/api/dossiers/:id/rounds', requireEdit, async (c) => {
    const dossierId = c.get('dossierId');
    const body = await readJson(c, createRoundBody);
    if (!body.ok) return body.response;
    const actor = actorOf(c.get('identity'));
    const id = newRoundId();
    const refused = await db.transaction(async (tx) => {
      const work = (await workState(tx, dossierId, 'SHARE'))!;
      if (!allows(work.lifecycle, { type: 'WORK', kind: workKindOf(body.data.kind) }, work)) return notAllowed(body.data.kind);
      await insertRound(tx, {
        id,
        dossierId,
        kind: body.data.kind,
        plannedOn: body.data.plannedOn,
        origin: 'hand',
        focus: body.data.focus,
      });
      await audit(tx, {
        dossierId,
        action: 'round.create',
        object: `dossier:${dossierId}/round:${id}`,
        result: 'ok',
        actor,
        detail: `${body.data.kind} op ${body.data.plannedOn}`,
      });
      return null;
    });
    if (refused) return c.json({ error: refused }, 409);
    await announce(c, id, 'created');
    return c.json(await detail(db, dossierId, (await findRound(db, dossierId, id))!), 201);
  });

  app.get('/api/dossiers/:id/rounds/:roundId', async (c) => {
    const round = await roundOf(c, db);
    if (round instanceof Response) return round;
    return c.json(await detail(db, c.get('dossierId'), round));
  });

  app.patch('/api/dossiers/:id/rounds/:roundId', requireEdit, async (c) => {
    const found = await roundOf(c, db);
    if (found instanceof Response) return found;
    const body = await readJson(c, updateRoundBody);
    if (!body.ok) return body.response;
    const dossierId = c.get('dossierId');
    const actor = actorOf(c.get('identity'));
    const result = await db.transaction(async (tx) => {
      const work = (await workState(tx, dossierId, 'SHARE'))!;
      const round = (await findRound(tx, dossierId, found.id, 'UPDATE'))!;
      if (body.data.revision !== round.revision) return { status: 409 as const, error: ROUND_MESSAGES.staleRound, round };
      const moves = body.data.plannedOn !== undefined && body.data.plannedOn !== round.plannedOn;
      if (round.state === 'gesloten' || (moves && round.state !== 'gepland'))
        return { status: 409 as const, error: ROUND_MESSAGES.notPlanned, round };
      if (!allows(work.lifecycle, { type: 'WORK', kind: workKindOf(round.kind) }, work))
        return { status: 409 as const, error: notAllowed(round.kind), round };
      await updateRound(tx, round.id, { plannedOn: body.data.plannedOn, focus: body.data.focus });
      await audit(tx, {
        dossierId,
        action: 'round.update',
        object: `dossier:${dossierId}/round:${round.id}`,
        result: 'ok',
        actor,
        detail: [
          moves ? `verzet naar ${body.data.plannedOn}` : '',
          body.data.focus !== undefined ? `focus ${body.data.focus ?? '-'}` : '',
        ]
          .filter(Boolean)
          .join('; '),
      });
      return null;
    });
    if (result) {
      const invitees = await countInvitees(db, dossierId);
      return c.json({ error: result.error, current: roundView(result.round, invitees) }, result.status);
    }
    await announce(c, found.id, 'updated');
    return c.json(await detail(db, dossierId, (await findRound(db, dossierId, found.id))!));
  });

  app.delete('/api/dossiers/:id/rounds/:roundId', requireEdit, async (c) => {
    const found = await roundOf(c, db);
    if (found instanceof Response) return found;
    const dossierId = c.get('dossierId');
    const actor = actorOf(c.get('identity'));
    const refused = await db.transaction(async (tx) => {
      const work = (await workState(tx, dossierId, 'SHARE'))!;
      const round = (await findRound(tx, dossierId, found.id, 'UPDATE'))!;
      if (round.state !== 'gepland') return ROUND_MESSAGES.notPlanned;
      if (!allows(work.lifecycle, { type: 'WORK', kind: workKindOf(round.kind) }, work)) return notAllowed(round.kind);
      await deleteRound(tx, round.id);
      await audit(tx, {
        dossierId,
        action: 'round.delete',
        object: `dossier:${dossierId}/round:${round.id}`,
        result: 'ok',
        actor,
        detail: `${round.kind} gepland op ${round.plannedOn}`,
      });
      return null;
    });
    if (refused) return c.json({ error: refused }, 409);
    await announce(c, found.id, 'removed');
    return c.body(null, 204);
  });

  app.post('/api/dossiers/:id/rounds/:roundId/open', requireEdit, async (c) => {
    const found = await roundOf(c, db);
    if (found instanceof Response) return found;
    const dossierId = c.get('dossierId');
    const actor = actorOf(c.get('identity'));
    const refused = await db.transaction(async (tx) => {
      // The dossier's own lock: opening numbers the round, and two opens must not take the same number.
      const work = (await workState(tx, dossierId, 'UPDATE'))!;
      const round = (await findRound(tx, dossierId, found.id, 'UPDATE'))!;
      if (round.state === 'gesloten') return ROUND_MESSAGES.closed;
      if (round.state === 'open') return null; // opening twice is no error: it is open
      if (!allows(work.lifecycle, { type: 'WORK', kind: workKindOf(round.kind) }, work)) return notAllowed(round.kind);
      await openRound(tx, round, actor);
      await audit(tx, { dossierId, action: 'round.open', object: `dossier:${dossierId}/round:${round.id}`, result: 'ok', actor });
      return null;
    });
    if (refused) return c.json({ error: refused }, 409);
    await announce(c, found.id, 'opened');
    return c.json(await detail(db, dossierId, (await findRound(db, dossierId, found.id))!));
  });

  app.post('/api/dossiers/:id/rounds/:roundId/close', async (c) => {
    if (!can.manageAccess(c.get('identity'))) return c.json({ error: ROUND_MESSAGES.closeOwnerOnly }, 403);
    const found = await roundOf(c, db);
    if (found instanceof Response) return found;
    const dossierId = c.get('dossierId');
    const outcome = await closeRoundNow(db, {
      dossierId,
      roundId: found.id,
      actor: actorOf(c.get('identity')),
      by: revisionActorOf(c.get('identity')),
    });
    if (outcome.kind === 'refused')
      return c.json({ error: outcome.error, ...(outcome.issues ? { issues: outcome.issues } : {}) }, outcome.status);
    await announce(c, found.id, 'closed');
    if (found.kind === 'nulmeting') {
      // Step 4 changed too: browsers reload it like any other saved step.
      const step = (await loadDossier(db, dossierId))!.steps.get('visie')!;
      await live.publish(dossierId, 'step', { ...stepEvent('visie', step, liveActorOf(c.get('identity'))) });
    }
    return c.json(await detail(db, dossierId, (await findRound(db, dossierId, found.id))!));
  });

  app.get('/api/dossiers/:id/rounds/:roundId/results', async (c) => {
    const round = await roundOf(c, db);
    if (round instanceof Response) return round;
    if (round.state !== 'gesloten') return c.json({ error: ROUND_MESSAGES.notClosed }, 409);
    const [snapshot, responses] = await Promise.all([roundSnapshot(db, round.id), listResponses(db, round.id)]);
    return c.json(roundResults(round, snapshot!, responses));
  });

  app.get('/api/dossiers/:id/trends', async (c) => {
    const { results, baseline } = await closedEvaluations(db, c.get('dossierId'));
    return c.json({ series: trends(results, baseline) });
  });
}

/** A round with what it asks about: live from the dossier until it closes, its snapshot afterwards. */
async function detail(db: Db, dossierId: string, round: RoundRow): Promise<RoundDetail> {
  const [invitees, frame] = await Promise.all([
    countInvitees(db, dossierId),
    round.state === 'gesloten'
      ? roundSnapshot(db, round.id)
      : stepData(db, dossierId).then(async (steps) => roundFrame(steps, await frameWork(db, dossierId, steps))),
  ]);
  const { partners, factors, baseline, vision, goals, actions } = frame!;
  return { round: roundView(round, invitees), frame: { partners, factors, baseline, vision, goals, actions } };
}
