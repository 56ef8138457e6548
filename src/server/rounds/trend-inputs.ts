/** What trends are computed from: the results of a dossier's closed evaluation rounds, and step 4's baseline. */
import type { Db } from '#src/db/db';
import { loadDossier } from '#src/db/dossiers';
import { closedRounds, responsesOfRounds } from '#src/db/rounds';
import type { EvaluationResults } from '#src/domain/evaluation/api';
import { evaluationResults } from '#src/domain/evaluation/results';
import type { TrendBaseline } from '#src/domain/evaluation/trends';
import type { StepId } from '#src/domain/step';
import { roundFrame } from './frame';

/** The closed evaluation rounds' results in date order (as `trends()` orders them), and the baseline. */
export async function closedEvaluations(
  db: Db,
  dossierId: string,
): Promise<{ results: EvaluationResults[]; baseline: TrendBaseline }> {
  const [evaluations, baselines, found] = await Promise.all([
    closedRounds(db, dossierId, 'evaluatie'),
    closedRounds(db, dossierId, 'nulmeting'),
    loadDossier(db, dossierId),
  ]);
  const responses = await responsesOfRounds(
    db,
    evaluations.map((e) => e.round.id),
  );
  const steps = Object.fromEntries([...(found?.steps ?? [])].map(([id, s]) => [id, s.data])) as Partial<
    Record<StepId, Record<string, unknown>>
  >;
  return {
    results: evaluations.map((e) => evaluationResults(e.round, e.snapshot, responses.get(e.round.id) ?? [])),
    baseline: { date: baselines.at(-1)?.round.plannedOn ?? null, presence: roundFrame(steps).baseline },
  };
}
