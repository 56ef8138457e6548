import type { Context, Hono } from 'hono';
import type { Db } from '#src/db/db';
import { audit, loadDossier } from '#src/db/dossiers';
import {
  countInvitees,
  deleteResponse,
  findResponse,
  findRound,
  listResponses,
  lockRespondent,
  type ResponseRow,
  type RoundRow,
} from '#src/db/rounds';
import { partnersFromInitiatief } from '#src/domain/dossier';
import { ANSWER_SCHEMAS } from '#src/domain/evaluation/answers';
import { putAnswersBody, putPaperBody, type MyAnswers, type RoundResponse } from '#src/domain/evaluation/api';
import { PAPER_ID, paperKey } from '#src/domain/evaluation/rounds';
import { actorKey, liveActorOf, type RoundsEvent } from '#src/domain/live';
import { actorOf, requireEdit, type AuthVars, type Identity } from '#src/server/auth';
import { invalidResponse, readJson, toIssues } from '#src/server/http';
import type { LiveHub } from '#src/server/live/hub';
import { ROUND_MESSAGES } from './messages';
import { roundOf, roundView } from './routes';
import { saveAnswers, type AnswerOutcome } from './save-answers';

type App = Hono<{ Variables: AuthVars }>;
type C = Context<{ Variables: AuthVars }>;

/** The API's view of a response: without the internal audit and count fields. */
const responseView = ({ answered: _a, auditedAt: _t, enteredByKey: _k, ...r }: ResponseRow): RoundResponse => r;

/** Nobody's answers yet: what "my answers" are before the first save. */
const emptyResponse = (key: string, who: Identity): RoundResponse => ({
  respondentKey: key,
  partnerId: who.partnerId,
  person: who.name,
  enteredBy: null,
  answers: {},
  complete: false,
  revision: 0,
  updatedAt: null,
});

/**
 * Validates answers with the round kind's schema: the draft schema always (types and lengths: nothing
 * typed is refused for its content), the complete one when the person says they are done. Issue paths
 * start at `answers`, as the field sits in the body.
 */
function parseAnswers(c: C, round: RoundRow, answers: Record<string, unknown>, complete: boolean) {
  const schemas = ANSWER_SCHEMAS[round.kind];
  const draft = schemas.draft.safeParse(answers);
  const fail = (error: Parameters<typeof toIssues>[0]) =>
    ({
      ok: false,
      response: invalidResponse(
        c,
        toIssues(error).map((i) => ({ ...i, path: ['answers', ...i.path] })),
      ),
    }) as const;
  if (!draft.success) return fail(draft.error);
  if (complete) {
    const full = schemas.complete.safeParse(draft.data);
    if (!full.success) return fail(full.error);
  }
  return { ok: true, data: draft.data as Record<string, unknown> } as const;
}

function answerFailure(c: C, outcome: Exclude<AnswerOutcome, { kind: 'saved' }>) {
  if (outcome.kind === 'refused') return c.json({ error: outcome.error }, outcome.status);
  return c.json({ error: ROUND_MESSAGES.staleAnswers, current: outcome.current ? responseView(outcome.current) : null }, 409);
}

/**
 * Everyone's own answers ("Mijn antwoorden": every link of the dossier, also a reading link, answers
 * for itself) and paper forms typed in by editing links. While a round is open nobody sees anyone
 * else's answers, only how many have answered.
 */
export function registerAnswerRoutes(app: App, db: Db, live: LiveHub) {
  const announceCount = (c: C, roundId: string) =>
    live.publish(c.get('dossierId'), 'rounds', {
      roundId,
      change: 'responses',
      actor: liveActorOf(c.get('identity')),
    } satisfies RoundsEvent);

  const mine = async (c: C, round: RoundRow, response: RoundResponse): Promise<MyAnswers> => {
    const fresh = (await findRound(db, c.get('dossierId'), round.id))!;
    const view = roundView(fresh, await countInvitees(db, c.get('dossierId')));
    return { ...response, progress: view.progress, state: view.state };
  };

  app.get('/api/dossiers/:id/rounds/:roundId/answers/me', async (c) => {
    const round = await roundOf(c, db);
    if (round instanceof Response) return round;
    const key = actorKey(c.get('identity'));
    const stored = await findResponse(db, round.id, key);
    return c.json(await mine(c, round, stored ? responseView(stored) : emptyResponse(key, c.get('identity'))));
  });

  app.put('/api/dossiers/:id/rounds/:roundId/answers/me', async (c) => {
    const round = await roundOf(c, db);
    if (round instanceof Response) return round;
    const body = await readJson(c, putAnswersBody);
    if (!body.ok) return body.response;
    const answers = parseAnswers(c, round, body.data.answers, body.data.complete === true);
    if (!answers.ok) return answers.response;
    const who = c.get('identity');
    const outcome = await saveAnswers(db, {
      dossierId: c.get('dossierId'),
      roundId: round.id,
      key: actorKey(who),
      partnerId: who.partnerId,
      person: who.name,
      enteredBy: null,
      answers: answers.data,
      complete: body.data.complete === true,
      baseRevision: body.data.baseRevision,
      actor: actorOf(who),
    });
    if (outcome.kind !== 'saved') return answerFailure(c, outcome);
    if (outcome.countChanged) await announceCount(c, round.id);
    return c.json(await mine(c, round, responseView(outcome.response)));
  });

  // Paper forms: an editing link types in the answers of a named person; only that link sees them.
  app.get('/api/dossiers/:id/rounds/:roundId/paper', requireEdit, async (c) => {
    const round = await roundOf(c, db);
    if (round instanceof Response) return round;
    const entries = await listResponses(db, round.id, { enteredByKey: actorKey(c.get('identity')) });
    return c.json({ entries: entries.map(responseView) });
  });

  const paperIdOf = (c: C) => {
    const id = c.req.param('entryId') ?? '';
    return PAPER_ID.test(id) ? id : null;
  };

  app.put('/api/dossiers/:id/rounds/:roundId/paper/:entryId', requireEdit, async (c) => {
    const round = await roundOf(c, db);
    if (round instanceof Response) return round;
    const entryId = paperIdOf(c);
    if (!entryId) return c.json({ error: ROUND_MESSAGES.unknownPaper }, 404);
    const body = await readJson(c, putPaperBody);
    if (!body.ok) return body.response;
    const found = (await loadDossier(db, c.get('dossierId')))!;
    const partners = partnersFromInitiatief(found.steps.get('initiatief')?.data);
    if (!partners.some((p) => p.id === body.data.partnerId))
      return invalidResponse(c, [{ path: ['partnerId'], message: ROUND_MESSAGES.unknownPartner }]);
    const answers = parseAnswers(c, round, body.data.answers, body.data.complete === true);
    if (!answers.ok) return answers.response;
    const who = c.get('identity');
    const actor = actorOf(who);
    const outcome = await saveAnswers(db, {
      dossierId: c.get('dossierId'),
      roundId: round.id,
      key: paperKey(entryId),
      partnerId: body.data.partnerId,
      person: body.data.person,
      enteredBy: { actor, key: actorKey(who) },
      answers: answers.data,
      complete: body.data.complete === true,
      baseRevision: body.data.baseRevision,
      actor,
    });
    if (outcome.kind !== 'saved') return answerFailure(c, outcome);
    if (outcome.countChanged) await announceCount(c, round.id);
    return c.json(responseView(outcome.response));
  });

  app.delete('/api/dossiers/:id/rounds/:roundId/paper/:entryId', requireEdit, async (c) => {
    const round = await roundOf(c, db);
    if (round instanceof Response) return round;
    const entryId = paperIdOf(c);
    if (!entryId) return c.json({ error: ROUND_MESSAGES.unknownPaper }, 404);
    const dossierId = c.get('dossierId');
    const who = c.get('identity');
    const key = paperKey(entryId);
    const result = await db.transaction(async (tx) => {
      const locked = (await findRound(tx, dossierId, round.id, 'SHARE'))!;
      if (locked.state !== 'open')
        return { status: 409 as const, error: locked.state === 'gesloten' ? ROUND_MESSAGES.closed : ROUND_MESSAGES.notOpenYet };
      await lockRespondent(tx, round.id, key);
      const entry = await findResponse(tx, round.id, key);
      if (!entry || entry.enteredByKey !== actorKey(who)) return { status: 404 as const, error: ROUND_MESSAGES.unknownPaper };
      await deleteResponse(tx, round.id, key);
      await audit(tx, {
        dossierId,
        action: 'round.paper.delete',
        object: `dossier:${dossierId}/round:${round.id}/${key}`,
        result: 'ok',
        actor: actorOf(who),
        detail: `Papieren formulier van ${entry.person ?? ''}`,
      });
      return { status: 204 as const, answered: entry.answered };
    });
    if (result.status !== 204) return c.json({ error: result.error }, result.status);
    if (result.answered) await announceCount(c, round.id);
    return c.body(null, 204);
  });
}
