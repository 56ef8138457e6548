import type { Queryable } from '#src/db/db';
import { audit } from '#src/db/dossiers';
import { listResponses, roundSnapshot, type RoundRow } from '#src/db/rounds';
import { insertProposed, listProposed } from '#src/db/working';
import { newRowId } from '#src/domain/fields';
import { roundActionsBody, type RoundActionsResponse, type RoundCandidates } from '#src/domain/working/api';
import { roundItems, type RoundItem } from '#src/domain/working/round-proposals';
import { workingNl } from '#src/i18n/nl/working';
import { actorOf, requireEdit } from '#src/server/auth';
import { invalidResponse, readOptionalJson, type Issue } from '#src/server/http';
import { roundOf } from '#src/server/rounds/routes';
import { basisOf, planView, refusedWork } from './basis';
import { announceWork, todayOf, type App, type WorkingDeps } from './context';

const errors = workingNl.errors;

/** A round's answers may become actions once it is closed (before, answers are private) and if it is an evaluation. */
const notReady = (round: RoundRow) =>
  round.kind !== 'evaluatie' ? errors.roundBaseline : round.state !== 'gesloten' ? errors.roundNotClosed : null;

async function itemsOf(q: Queryable, round: RoundRow): Promise<RoundItem[]> {
  const snapshot = (await roundSnapshot(q, round.id))!;
  return roundItems({ id: round.id, number: round.number ?? 0 }, snapshot.partners, await listResponses(q, round.id));
}

/**
 * From results to action: the items of a closed evaluation round that can become actions (proposed new
 * actions, knelpunten with a proposed solution), and "In het actieplan zetten", which turns them into
 * proposed actions of the plan — once per item, however often it is asked.
 */
export function registerRoundActionRoutes(app: App, deps: WorkingDeps) {
  const { db } = deps;

  app.get('/api/dossiers/:id/rounds/:roundId/actions', async (c) => {
    const round = await roundOf(c, db);
    if (round instanceof Response) return round;
    const why = notReady(round);
    if (why) return c.json({ error: why }, 409);
    const proposed = new Map(
      (await listProposed(db, c.get('dossierId'))).flatMap((p) => (p.sourceKey ? [[p.sourceKey, p.id] as const] : [])),
    );
    const candidates = (await itemsOf(db, round)).map(({ action: _action, ...item }) => ({
      ...item,
      proposedActionId: proposed.get(item.sourceKey) ?? null,
    }));
    return c.json({ candidates } satisfies RoundCandidates);
  });

  app.post('/api/dossiers/:id/rounds/:roundId/actions', requireEdit, async (c) => {
    const round = await roundOf(c, db);
    if (round instanceof Response) return round;
    const body = await readOptionalJson(c, roundActionsBody);
    if (!body.ok) return body.response;
    const dossierId = c.get('dossierId');
    const actor = actorOf(c.get('identity'));
    const outcome = await db.transaction(async (tx) => {
      const refused = await refusedWork(tx, dossierId);
      if (refused) return { status: 409 as const, error: refused };
      const why = notReady(round);
      if (why) return { status: 409 as const, error: why };
      const items = await itemsOf(tx, round);
      const wanted = body.data.sources;
      if (wanted) {
        const known = new Set(items.map((i) => i.sourceKey));
        const unknown: Issue[] = wanted.flatMap((s, i) =>
          known.has(s) ? [] : [{ path: ['sources', i], message: errors.unknownSource }],
        );
        if (unknown.length > 0) return { status: 400 as const, issues: unknown };
      }
      const basis = (await basisOf(tx, dossierId))!;
      const added: string[] = [];
      for (const item of items.filter((i) => !wanted || wanted.includes(i.sourceKey))) {
        const stored = await insertProposed(tx, {
          dossierId,
          id: newRowId(),
          action: item.action,
          sinceVersion: basis.version!,
          roundId: round.id,
          sourceKey: item.sourceKey,
          actor,
        });
        if (stored) added.push(stored.id);
      }
      if (added.length > 0)
        await audit(tx, {
          dossierId,
          action: 'round.actions',
          object: `dossier:${dossierId}/round:${round.id}`,
          result: 'ok',
          actor,
          detail: `${added.length} voorgestelde acties in het actieplan`,
        });
      return {
        status: 200 as const,
        body: { added, plan: await planView(tx, basis, todayOf(deps)) } satisfies RoundActionsResponse,
      };
    });
    if (outcome.status === 400) return invalidResponse(c, outcome.issues);
    if (outcome.status === 409) return c.json({ error: outcome.error }, 409);
    if (outcome.body.added.length > 0) await announceWork(deps, c, 'actions');
    return c.json(outcome.body, 200);
  });
}
