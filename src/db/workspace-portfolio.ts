import type { Queryable } from './db';
import type { LifecycleState } from '#src/domain/agreement/lifecycle.machine';
import type { StepId, StepStatus } from '#src/domain/step';

/**
 * Everything a workspace's portfolio reads, for all its dossiers at once: eight queries whatever the
 * number of dossiers (one dossier at a time took a round trip per dossier per table). Each map is keyed
 * by dossier id; the pure row builder is src/domain/workspace/portfolio.ts.
 */

/** The steps whose data a portfolio row reads; of the others only status and revision. */
export const PORTFOLIO_STEPS = [
  'initiatief',
  'financiering',
  'taakverdeling',
  'structurele-financiering',
] as const satisfies readonly StepId[];

type StepData = Partial<Record<StepId, Record<string, unknown>>>;

export interface PortfolioFacts {
  dossiers: { id: string; title: string; gemeente: string; lifecycle: LifecycleState }[];
  steps: Map<string, Partial<Record<StepId, { status: StepStatus; revision: number; data?: Record<string, unknown> }>>>;
  signed: Map<string, { version: number; steps: StepData }>;
  rounds: Map<
    string,
    {
      id: string;
      kind: 'evaluatie' | 'nulmeting';
      number: number | null;
      plannedOn: string;
      state: 'gepland' | 'open' | 'gesloten';
    }[]
  >;
  progress: Map<string, Map<string, string>>;
  proposed: Map<string, { id: string; action: Record<string, unknown>; carriedFrom: number | null }[]>;
  approvals: Map<string, { stepId: string; partnerId: string; revision: number }[]>;
  signedBy: Map<string, Set<string>>;
}

const MEMBERS = 'SELECT dossier_ref FROM workspace_dossiers WHERE workspace_id = $1';

function group<R extends { dossier_id: string }, T>(rows: readonly R[], map: (r: R) => T): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.dossier_id);
    if (list) list.push(map(r));
    else out.set(r.dossier_id, [map(r)]);
  }
  return out;
}

export async function portfolioFacts(q: Queryable, workspaceId: string): Promise<PortfolioFacts> {
  const dossiers = await q.query<{ id: string; title: string; gemeente: string; lifecycle: LifecycleState }>(
    `SELECT d.id, d.title, d.gemeente, d.lifecycle FROM workspace_dossiers w JOIN dossiers d ON d.id = w.dossier_ref
     WHERE w.workspace_id = $1 ORDER BY d.title, d.id`,
    [workspaceId],
  );
  const steps = await q.query<{
    dossier_id: string;
    step_id: StepId;
    status: StepStatus;
    revision: number;
    data: Record<string, unknown> | null;
  }>(
    `SELECT dossier_id, step_id, status, revision, CASE WHEN step_id = ANY($2::text[]) THEN data END AS data
     FROM steps WHERE dossier_id IN (${MEMBERS})`,
    [workspaceId, [...PORTFOLIO_STEPS]],
  );
  // The newest signed version of each dossier, and of its text only the steps a row reads.
  const signed = await q.query<{ dossier_id: string; number: number; steps: StepData | null }>(
    `SELECT DISTINCT ON (dossier_id) dossier_id, number,
       (SELECT jsonb_object_agg(k, v) FROM jsonb_each((canonical::jsonb)->'steps') AS e(k, v) WHERE k = ANY($2::text[])) AS steps
     FROM versions WHERE status = 'getekend' AND dossier_id IN (${MEMBERS})
     ORDER BY dossier_id, number DESC`,
    [workspaceId, [...PORTFOLIO_STEPS]],
  );
  const rounds = await q.query<{
    dossier_id: string;
    id: string;
    kind: 'evaluatie' | 'nulmeting';
    number: number | null;
    planned_on: string;
    state: 'gepland' | 'open' | 'gesloten';
  }>(
    `SELECT dossier_id, id, kind, number, to_char(planned_on, 'YYYY-MM-DD') AS planned_on, state
     FROM rounds WHERE dossier_id IN (${MEMBERS}) ORDER BY planned_on, created_at, id`,
    [workspaceId],
  );
  const progress = await q.query<{ dossier_id: string; action_id: string; status: string }>(
    `SELECT dossier_id, action_id, status FROM action_progress WHERE dossier_id IN (${MEMBERS})`,
    [workspaceId],
  );
  const proposed = await q.query<{
    dossier_id: string;
    id: string;
    action: Record<string, unknown> | null;
    carried_from: number | null;
  }>(
    `SELECT dossier_id, id, action, carried_from FROM proposed_actions WHERE dossier_id IN (${MEMBERS}) ORDER BY created_at, id`,
    [workspaceId],
  );
  const approvals = await q.query<{ dossier_id: string; step_id: string; partner_id: string; revision: number }>(
    `SELECT dossier_id, step_id, partner_id, revision FROM approvals WHERE dossier_id IN (${MEMBERS})`,
    [workspaceId],
  );
  const signatures = await q.query<{ dossier_id: string; organisation: string }>(
    `SELECT s.dossier_id, s.organisation FROM signatures s
     JOIN versions v ON v.dossier_id = s.dossier_id AND v.number = s.version
     WHERE v.status = 'ter-ondertekening' AND s.voided_at IS NULL AND s.dossier_id IN (${MEMBERS})`,
    [workspaceId],
  );

  const stepsBy = new Map<string, PortfolioFacts['steps'] extends Map<string, infer V> ? V : never>();
  for (const s of steps) {
    const entry = stepsBy.get(s.dossier_id) ?? {};
    entry[s.step_id] = { status: s.status, revision: s.revision, ...(s.data ? { data: s.data } : {}) };
    stepsBy.set(s.dossier_id, entry);
  }
  return {
    dossiers,
    steps: stepsBy,
    signed: new Map(signed.map((v) => [v.dossier_id, { version: v.number, steps: v.steps ?? {} }])),
    rounds: group(rounds, (r) => ({ id: r.id, kind: r.kind, number: r.number, plannedOn: r.planned_on, state: r.state })),
    progress: new Map([...group(progress, (p) => [p.action_id, p.status] as const)].map(([id, list]) => [id, new Map(list)])),
    proposed: group(proposed, (p) => ({ id: p.id, action: p.action ?? {}, carriedFrom: p.carried_from })),
    approvals: group(approvals, (a) => ({ stepId: a.step_id, partnerId: a.partner_id, revision: a.revision })),
    signedBy: new Map([...group(signatures, (s) => s.organisation)].map(([id, list]) => [id, new Set(list)])),
  };
}
