import type { Queryable } from '#src/db/db';
import { audit } from '#src/db/dossiers';
import {
  deleteKnowledge,
  findKnowledge,
  insertKnowledge,
  listKnowledge,
  updateKnowledge,
  type KnowledgeFields,
  type KnowledgeRow,
} from '#src/db/working';
import { partnersFromInitiatief } from '#src/domain/dossier';
import { newRowId } from '#src/domain/fields';
import {
  knowledgeActivityBody,
  updateKnowledgeActivityBody,
  type KnowledgeActivity,
  type KnowledgeActivityBody,
} from '#src/domain/working/api';
import { planRowsOf } from '#src/domain/working/action-plan';
import { workingNl } from '#src/i18n/nl/working';
import { actorOf, requireEdit } from '#src/server/auth';
import { invalidResponse, readJson, type Issue } from '#src/server/http';
import { basisOf, refusedWork } from './basis';
import { announceWork, isRowId, type App, type C, type WorkingDeps } from './context';

const errors = workingNl.errors;

const view = (k: KnowledgeRow): KnowledgeActivity => k;

const fieldsOf = (b: KnowledgeActivityBody): KnowledgeFields => ({
  heldOn: b.heldOn ?? '',
  kind: b.kind,
  kindOther: b.kind === 'anders' ? (b.kindOther ?? '').trim() : '',
  topic: (b.topic ?? '').trim(),
  partnerIds: [...new Set(b.partnerIds ?? [])],
  participants: b.participants ?? null,
  notes: b.notes ?? '',
  activityId: b.activityId || null,
});

/** The partners must be organisations of step 1, the planned activity one of step 9 (as they stand now). */
async function referenceIssues(q: Queryable, dossierId: string, f: KnowledgeFields): Promise<Issue[]> {
  const basis = (await basisOf(q, dossierId))!;
  const partners = new Set(partnersFromInitiatief(basis.current.get('initiatief')?.data).map((p) => p.id));
  const issues: Issue[] = f.partnerIds.flatMap((id, i) =>
    partners.has(id) ? [] : [{ path: ['partnerIds', i], message: errors.unknownPartner }],
  );
  const planned = new Set(
    [basis.steps.kennisdelen?.activities, basis.current.get('kennisdelen')?.data.activities].flatMap((a) =>
      planRowsOf(a).map((r) => r.id as string),
    ),
  );
  if (f.activityId && !planned.has(f.activityId)) issues.push({ path: ['activityId'], message: errors.unknownPlannedActivity });
  return issues;
}

type Outcome =
  | { status: 200 | 201; activity: KnowledgeActivity }
  | { status: 404 | 409; error: string; current?: KnowledgeActivity }
  | { status: 400; issues: Issue[] };

/** The log of knowledge activities held after signing (step 9 plans them): any link reads, an editing link writes. */
export function registerKnowledgeRoutes(app: App, deps: WorkingDeps) {
  const { db } = deps;
  const answer = (c: C, o: Outcome) => {
    if (o.status === 400) return invalidResponse(c, o.issues);
    if ('error' in o) return c.json({ error: o.error, ...(o.current ? { current: o.current } : {}) }, o.status);
    return c.json(o.activity, o.status);
  };

  app.get('/api/dossiers/:id/knowledge-activities', async (c) =>
    c.json({ activities: (await listKnowledge(db, c.get('dossierId'))).map(view) }),
  );

  app.post('/api/dossiers/:id/knowledge-activities', requireEdit, async (c) => {
    const body = await readJson(c, knowledgeActivityBody);
    if (!body.ok) return body.response;
    const dossierId = c.get('dossierId');
    const actor = actorOf(c.get('identity'));
    const fields = fieldsOf(body.data);
    const outcome = await db.transaction<Outcome>(async (tx) => {
      const refused = await refusedWork(tx, dossierId);
      if (refused) return { status: 409, error: refused };
      const issues = await referenceIssues(tx, dossierId, fields);
      if (issues.length > 0) return { status: 400, issues };
      const stored = await insertKnowledge(tx, { ...fields, dossierId, id: newRowId(), actor });
      await audit(tx, {
        dossierId,
        action: 'knowledge.create',
        object: `dossier:${dossierId}/knowledge:${stored.id}`,
        result: 'ok',
        actor,
        detail: `${stored.heldOn}: ${stored.topic.slice(0, 200)}`,
      });
      return { status: 201, activity: view(stored) };
    });
    if (outcome.status === 201) await announceWork(deps, c, 'knowledge');
    return answer(c, outcome);
  });

  app.put('/api/dossiers/:id/knowledge-activities/:activityId', requireEdit, async (c) => {
    const id = c.req.param('activityId');
    if (!isRowId(id)) return c.json({ error: errors.unknownActivity }, 404);
    const body = await readJson(c, updateKnowledgeActivityBody);
    if (!body.ok) return body.response;
    const dossierId = c.get('dossierId');
    const actor = actorOf(c.get('identity'));
    const fields = fieldsOf(body.data);
    const outcome = await db.transaction<Outcome>(async (tx) => {
      const refused = await refusedWork(tx, dossierId);
      if (refused) return { status: 409, error: refused };
      const current = await findKnowledge(tx, dossierId, id, true);
      if (!current) return { status: 404, error: errors.unknownActivity };
      if (current.revision !== body.data.revision) return { status: 409, error: errors.staleActivity, current: view(current) };
      const issues = await referenceIssues(tx, dossierId, fields);
      if (issues.length > 0) return { status: 400, issues };
      const stored = await updateKnowledge(tx, { ...fields, dossierId, id, actor });
      await audit(tx, {
        dossierId,
        action: 'knowledge.update',
        object: `dossier:${dossierId}/knowledge:${id}`,
        result: 'ok',
        actor,
      });
      return { status: 200, activity: view(stored) };
    });
    if (outcome.status === 200) await announceWork(deps, c, 'knowledge');
    return answer(c, outcome);
  });

  app.delete('/api/dossiers/:id/knowledge-activities/:activityId', requireEdit, async (c) => {
    const id = c.req.param('activityId');
    if (!isRowId(id)) return c.json({ error: errors.unknownActivity }, 404);
    const dossierId = c.get('dossierId');
    const actor = actorOf(c.get('identity'));
    const refused = await db.transaction(async (tx) => {
      const why = await refusedWork(tx, dossierId);
      if (why) return { status: 409 as const, error: why };
      const current = await findKnowledge(tx, dossierId, id, true);
      if (!current) return { status: 404 as const, error: errors.unknownActivity };
      await deleteKnowledge(tx, dossierId, id);
      await audit(tx, {
        dossierId,
        action: 'knowledge.delete',
        object: `dossier:${dossierId}/knowledge:${id}`,
        result: 'ok',
        actor,
        detail: `${current.heldOn}: ${current.topic.slice(0, 200)}`,
      });
      return null;
    });
    if (refused) return c.json({ error: refused.error }, refused.status);
    await announceWork(deps, c, 'knowledge');
    return c.body(null, 204);
  });
}
