import type { Db, Queryable } from '#src/db/db';
import { loadDossier } from '#src/db/dossiers';
import { workState } from '#src/db/rounds';
import { listProgress, listProposed, progressHistory } from '#src/db/working';
import { allows } from '#src/domain/agreement/lifecycle.machine';
import type { AgreementContent } from '#src/domain/agreement/content';
import type { StepId } from '#src/domain/step';
import type { ActionPlanView } from '#src/domain/working/api';
import { actionPlanView, openProposals, planRowsOf } from '#src/domain/working/action-plan';
import { workingNl } from '#src/i18n/nl/working';
import type { FrameWork } from '#src/server/rounds/frame';

type StepData = Partial<Record<StepId, Record<string, unknown>>>;

export interface Basis {
  dossier: { id: string; title: string };
  /** The signed version in force; null while nothing is signed. */
  version: number | null;
  /** The steps the working data refers to: the signed version's text, or the draft while nothing is signed. */
  steps: StepData;
  /** The dossier's steps as they stand now (a draft during an amendment), with their revisions. */
  current: Map<string, { data: Record<string, unknown>; revision: number }>;
}

/** The newest signed version and its text: the agreement in force (also during an amendment). */
export async function signedInForce(
  q: Queryable,
  dossierId: string,
): Promise<{ number: number; content: AgreementContent } | null> {
  const rows = await q.query<{ number: number; canonical: string }>(
    `SELECT number, canonical FROM versions WHERE dossier_id = $1 AND status = 'getekend' ORDER BY number DESC LIMIT 1`,
    [dossierId],
  );
  const r = rows[0];
  return r ? { number: r.number, content: JSON.parse(r.canonical) as AgreementContent } : null;
}

export async function basisOf(q: Queryable, dossierId: string): Promise<Basis | null> {
  // One query after the other: `q` may be a transaction, which runs one statement at a time.
  const found = await loadDossier(q as Db, dossierId);
  if (!found) return null;
  const signed = await signedInForce(q, dossierId);
  const draft = Object.fromEntries([...found.steps].map(([id, s]) => [id, s.data])) as StepData;
  return {
    dossier: { id: found.dossier.id, title: found.dossier.title },
    version: signed?.number ?? null,
    steps: signed ? signed.content.steps : draft,
    current: found.steps,
  };
}

/** Null when working data may change now (the lifecycle rule), else the Dutch reason it may not. */
export async function refusedWork(tx: Queryable, dossierId: string): Promise<string | null> {
  const work = await workState(tx, dossierId, 'SHARE');
  return work && allows(work.lifecycle, { type: 'WORK', kind: 'evaluation' }, work) ? null : workingNl.errors.notNow;
}

export async function roundNumbers(q: Queryable, dossierId: string): Promise<Map<string, number | null>> {
  const rows = await q.query<{ id: string; number: number | null }>('SELECT id, number FROM rounds WHERE dossier_id = $1', [
    dossierId,
  ]);
  return new Map(rows.map((r) => [r.id, r.number]));
}

/** The action plan with its progress, as GET …/actions answers it. */
export async function planView(q: Queryable, basis: Basis, today: string): Promise<ActionPlanView> {
  const dossierId = basis.dossier.id;
  return actionPlanView({
    planRows: planRowsOf(basis.steps.taakverdeling?.actionPlan),
    version: basis.version,
    proposed: await listProposed(q, dossierId),
    progress: await listProgress(q, dossierId),
    history: await progressHistory(q, dossierId),
    roundNumbers: await roundNumbers(q, dossierId),
    today,
  });
}

/** Whether `actionId` is an action of the plan or an open proposal (what progress may be recorded for). */
export async function actionExists(q: Queryable, basis: Basis, actionId: string): Promise<boolean> {
  const planRows = planRowsOf(basis.steps.taakverdeling?.actionPlan);
  if (planRows.some((r) => r.id === actionId)) return true;
  return openProposals(await listProposed(q, basis.dossier.id), planRows, basis.version).some((p) => p.id === actionId);
}

/** Progress and open proposals as an evaluation round shows them next to the plan of the steps as they stand. */
export async function frameWork(q: Queryable, dossierId: string, steps: StepData): Promise<FrameWork> {
  const progress = await listProgress(q, dossierId);
  const version = (await signedInForce(q, dossierId))?.number ?? null;
  const proposed = openProposals(await listProposed(q, dossierId), planRowsOf(steps.taakverdeling?.actionPlan), version);
  const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  return {
    status: new Map([...progress].map(([id, p]) => [id, p.status])),
    proposed: proposed.map((p) => ({ id: p.id, what: text(p.action.what), deadline: text(p.action.deadline) })),
  };
}
