import type { Queryable } from '#src/db/db';
import { audit } from '#src/db/dossiers';
import {
  appendProgressHistory,
  deleteProposed,
  findProposed,
  insertProposed,
  lockProgress,
  openEvaluationRound,
  updateProposed,
  writeProgress,
  type ProposedRow,
} from '#src/db/working';
import { findRound } from '#src/db/rounds';
import { newRowId } from '#src/domain/fields';
import {
  createProposedBody,
  progressBody,
  updateProposedBody,
  type ActionPlanView,
  type PlanAction,
} from '#src/domain/working/api';
import { planRowsOf } from '#src/domain/working/action-plan';
import { workingNl } from '#src/i18n/nl/working';
import { actorOf, requireEdit } from '#src/server/auth';
import { invalidResponse, readJson } from '#src/server/http';
import { isRoundId } from '#src/server/rounds/ids';
import { actionExists, basisOf, planView, refusedWork } from './basis';
import { announceWork, isRowId, todayOf, type App, type C, type WorkingDeps } from './context';

const errors = workingNl.errors;

type Refusal = { status: 404 | 409; error: string; current?: PlanAction | null };
type Outcome =
  { status: 200 | 201; action: PlanAction } | Refusal | { status: 400; issues: { path: (string | number)[]; message: string }[] };

const pick = (plan: ActionPlanView, id: string) => plan.actions.find((a) => a.id === id) ?? null;

function answer(c: C, outcome: Outcome) {
  if (outcome.status === 400) return invalidResponse(c, outcome.issues);
  if ('error' in outcome)
    return c.json(
      { error: outcome.error, ...(outcome.current !== undefined ? { current: outcome.current } : {}) },
      outcome.status,
    );
  return c.json(outcome.action, outcome.status);
}

/**
 * The action plan after signing: GET the plan with each action's progress and history; an editing link
 * records progress (status, note, date done) and proposes, edits and removes new actions. The signed
 * text itself stays as it is: step 5 still refuses changes until an amendment.
 */
export function registerActionRoutes(app: App, deps: WorkingDeps) {
  const { db } = deps;

  app.get('/api/dossiers/:id/actions', async (c) => {
    const basis = (await basisOf(db, c.get('dossierId')))!;
    return c.json(await planView(db, basis, todayOf(deps)));
  });

  app.put('/api/dossiers/:id/actions/:actionId/progress', requireEdit, async (c) => {
    const actionId = c.req.param('actionId');
    if (!isRowId(actionId)) return c.json({ error: errors.unknownAction }, 404);
    const body = await readJson(c, progressBody);
    if (!body.ok) return body.response;
    const dossierId = c.get('dossierId');
    const identity = c.get('identity');
    const actor = actorOf(identity);
    const today = todayOf(deps);
    const outcome = await db.transaction<Outcome>(async (tx) => {
      const refused = await refusedWork(tx, dossierId);
      if (refused) return { status: 409, error: refused };
      const basis = (await basisOf(tx, dossierId))!;
      if (!(await actionExists(tx, basis, actionId))) return { status: 404, error: errors.unknownAction };
      const current = await lockProgress(tx, dossierId, actionId);
      if (body.data.revision !== (current?.revision ?? 0))
        return { status: 409, error: errors.staleProgress, current: pick(await planView(tx, basis, today), actionId) };
      const before = pick(await planView(tx, basis, today), actionId)!;
      const status = body.data.status;
      const note = body.data.note ?? current?.note ?? '';
      // The day it was done belongs to `gereed` only; without one, today.
      const doneOn =
        status === 'gereed' ? body.data.doneOn || (current?.status === 'gereed' ? current.doneOn : null) || today : null;
      if (current && current.status === status && current.note === note && current.doneOn === doneOn)
        return { status: 200, action: before };
      await writeProgress(tx, { dossierId, actionId, status, note, doneOn, actor });
      await appendProgressHistory(tx, {
        dossierId,
        actionId,
        actor,
        partnerName: identity.partnerName,
        person: identity.name,
        fromStatus: before.status,
        toStatus: status,
        note,
        doneOn,
        roundId: await openEvaluationRound(tx, dossierId),
      });
      await audit(tx, {
        dossierId,
        action: 'action.progress',
        object: `dossier:${dossierId}/action:${actionId}`,
        result: 'ok',
        actor,
        detail: `${before.status} → ${status}${doneOn ? ` (${doneOn})` : ''}`,
      });
      return { status: 200, action: pick(await planView(tx, basis, today), actionId)! };
    });
    if (outcome.status === 200) await announceWork(deps, c, 'actions');
    return answer(c, outcome);
  });

  app.post('/api/dossiers/:id/proposed-actions', requireEdit, async (c) => {
    const body = await readJson(c, createProposedBody);
    if (!body.ok) return body.response;
    const dossierId = c.get('dossierId');
    const actor = actorOf(c.get('identity'));
    const id = newRowId();
    const outcome = await db.transaction<Outcome>(async (tx) => {
      const refused = await refusedWork(tx, dossierId);
      if (refused) return { status: 409, error: refused };
      const roundId = body.data.roundId ?? null;
      if (roundId !== null && !(isRoundId(roundId) && (await findRound(tx, dossierId, roundId))))
        return { status: 400, issues: [{ path: ['roundId'], message: errors.unknownRound }] };
      const basis = (await basisOf(tx, dossierId))!;
      const { id: _ignored, ...action } = body.data.action;
      await insertProposed(tx, { dossierId, id, action, sinceVersion: basis.version!, roundId, sourceKey: null, actor });
      await audit(tx, {
        dossierId,
        action: 'action.propose',
        object: `dossier:${dossierId}/action:${id}`,
        result: 'ok',
        actor,
        detail: `Nieuw sinds versie ${basis.version}`,
      });
      return { status: 201, action: pick(await planView(tx, basis, todayOf(deps)), id)! };
    });
    if (outcome.status === 201) await announceWork(deps, c, 'actions');
    return answer(c, outcome);
  });

  /** The proposal named in the path, locked, when it may still change: not in the plan, not carried into an amendment. */
  async function changeable(
    tx: Queryable,
    dossierId: string,
    id: string,
  ): Promise<Refusal | { proposal: ProposedRow; current: () => Promise<PlanAction | null> }> {
    const refused = await refusedWork(tx, dossierId);
    if (refused) return { status: 409, error: refused };
    const proposal = await findProposed(tx, dossierId, id, true);
    if (!proposal) return { status: 404, error: errors.unknownProposal };
    const basis = (await basisOf(tx, dossierId))!;
    const current = () => planView(tx, basis, todayOf(deps)).then((p) => pick(p, id));
    if (planRowsOf(basis.steps.taakverdeling?.actionPlan).some((r) => r.id === id)) return { status: 409, error: errors.inPlan };
    if (proposal.carriedAt) return { status: 409, error: errors.carried, current: await current() };
    return { proposal, current };
  }

  app.put('/api/dossiers/:id/proposed-actions/:actionId', requireEdit, async (c) => {
    const id = c.req.param('actionId');
    if (!isRowId(id)) return c.json({ error: errors.unknownProposal }, 404);
    const body = await readJson(c, updateProposedBody);
    if (!body.ok) return body.response;
    const dossierId = c.get('dossierId');
    const actor = actorOf(c.get('identity'));
    const outcome = await db.transaction<Outcome>(async (tx) => {
      const found = await changeable(tx, dossierId, id);
      if ('error' in found) return found;
      if (body.data.revision !== found.proposal.revision)
        return { status: 409, error: errors.staleProposal, current: await found.current() };
      const { id: _ignored, ...action } = body.data.action;
      await updateProposed(tx, { dossierId, id, action, actor });
      await audit(tx, {
        dossierId,
        action: 'action.propose.update',
        object: `dossier:${dossierId}/action:${id}`,
        result: 'ok',
        actor,
      });
      return { status: 200, action: (await found.current())! };
    });
    if (outcome.status === 200) await announceWork(deps, c, 'actions');
    return answer(c, outcome);
  });

  app.delete('/api/dossiers/:id/proposed-actions/:actionId', requireEdit, async (c) => {
    const id = c.req.param('actionId');
    if (!isRowId(id)) return c.json({ error: errors.unknownProposal }, 404);
    const dossierId = c.get('dossierId');
    const actor = actorOf(c.get('identity'));
    const refused = await db.transaction(async (tx) => {
      const found = await changeable(tx, dossierId, id);
      if ('error' in found) return found;
      await deleteProposed(tx, dossierId, id);
      await audit(tx, {
        dossierId,
        action: 'action.propose.delete',
        object: `dossier:${dossierId}/action:${id}`,
        result: 'ok',
        actor,
        detail: typeof found.proposal.action.what === 'string' ? found.proposal.action.what.slice(0, 200) : undefined,
      });
      return null;
    });
    if (refused) return answer(c, refused);
    await announceWork(deps, c, 'actions');
    return c.body(null, 204);
  });
}
