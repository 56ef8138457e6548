import type { Db, Queryable } from '#src/db/db';
import { audit, loadDossier } from '#src/db/dossiers';
import { closeRound, countInvitees, findRound, listResponses, studentAnswers, workState, type ResponseRow } from '#src/db/rounds';
import { allows } from '#src/domain/agreement/lifecycle.machine';
import { evaluationNl } from '#src/i18n/nl/evaluation';
import { isPaperKey, workKindOf, type RoundSnapshot } from '#src/domain/evaluation/rounds';
import { tallyStudents } from '#src/domain/evaluation/student-survey';
import { newRowId } from '#src/domain/fields';
import type { RevisionActor } from '#src/domain/history';
import type { StepDefinition, StepId } from '#src/domain/step';
import { STEPS } from '#steps/index';
import { auditRefusal, saveStepIn, type SaveOutcome } from '#src/server/save-step';
import { frameWork } from '#src/server/working/basis';
import { roundFrame } from './frame';
import { ROUND_MESSAGES } from './messages';

const visie = STEPS.find((s) => s.id === 'visie')!;
/** The most respondents step 4's assessment holds (its list's max). */
export const BASELINE_RESPONDENTS_MAX = 30;

export type CloseOutcome =
  | { kind: 'closed' }
  | { kind: 'refused'; status: 404 | 409; error: string; issues?: { path: (string | number)[]; message: string }[] };

/** Thrown inside the transaction to roll the close back when step 4 refuses the baseline's scores. */
class StepRefused extends Error {
  constructor(readonly outcome: Exclude<SaveOutcome, { kind: 'saved' }>) {
    super('step 4 refused');
  }
}

type StepData = Partial<Record<StepId, Record<string, unknown>>>;

/**
 * Closes an open round for good: snapshots what its results need from outside the answers (the
 * frame, the invitee count, the students' counts) and, for a baseline round, writes each
 * respondent's scores into step 4's assessment through the normal step save (revision, history,
 * audit) in the same transaction, so the close and the step change happen together or not at all.
 */
export async function closeRoundNow(
  db: Db,
  req: { dossierId: string; roundId: string; actor: string; by: RevisionActor },
): Promise<CloseOutcome> {
  const { dossierId, roundId, actor } = req;
  try {
    return await db.transaction<CloseOutcome>(async (tx) => {
      const work = (await workState(tx, dossierId, 'SHARE'))!;
      const round = await findRound(tx, dossierId, roundId, 'UPDATE');
      if (!round) return { kind: 'refused', status: 404, error: ROUND_MESSAGES.unknownRound };
      if (round.state !== 'open') {
        return {
          kind: 'refused',
          status: 409,
          error: round.state === 'gesloten' ? ROUND_MESSAGES.closed : ROUND_MESSAGES.notOpen,
        };
      }
      if (!allows(work.lifecycle, { type: 'WORK', kind: workKindOf(round.kind) }, work)) {
        const error = round.kind === 'evaluatie' ? ROUND_MESSAGES.evaluationNotNow : ROUND_MESSAGES.baselineNotNow;
        return { kind: 'refused', status: 409, error };
      }
      const found = (await loadDossier(tx as Db, dossierId))!;
      const steps: StepData = Object.fromEntries([...found.steps].map(([id, s]) => [id, s.data]));
      const snapshot: RoundSnapshot = {
        ...roundFrame(steps, await frameWork(tx, dossierId, steps)),
        invitees: await countInvitees(tx, dossierId),
        students: round.students.enabled ? tallyStudents(await studentAnswers(tx, roundId)) : null,
      };
      if (round.kind === 'nulmeting') {
        const refused = await writeBaseline(tx, {
          dossierId,
          roundId,
          actor,
          by: req.by,
          current: found.steps.get('visie') ?? { data: {}, revision: 0 },
          partnerNames: new Map(snapshot.partners.map((p) => [p.id, p.name])),
        });
        if (refused) return refused;
      }
      await closeRound(tx, roundId, actor, snapshot);
      await audit(tx, { dossierId, action: 'round.close', object: `dossier:${dossierId}/round:${roundId}`, result: 'ok', actor });
      return { kind: 'closed' };
    });
  } catch (err) {
    if (!(err instanceof StepRefused)) throw err;
    await auditRefusal(db, stepRequest(dossierId, {}, 0, actor, req.by), err.outcome);
    const issues = err.outcome.kind === 'invalid' ? err.outcome.issues : undefined;
    return { kind: 'refused', status: 409, error: ROUND_MESSAGES.baselineInvalid, issues };
  }
}

const stepRequest = (
  dossierId: string,
  data: Record<string, unknown>,
  baseRevision: number,
  actor: string,
  by: RevisionActor,
) => ({
  dossierId,
  step: visie as StepDefinition,
  data,
  baseRevision,
  complete: false,
  actor,
  by,
});

/** Each answered response becomes one respondent row of step 4, marked as self-entered or typed from paper. */
function respondentRows(responses: readonly ResponseRow[], roundId: string, partnerNames: Map<string, string>) {
  return responses
    .filter((r) => r.answered)
    .map((r) => {
      const answers = r.answers as { name?: unknown; scores?: unknown };
      const named = typeof answers.name === 'string' && answers.name.trim() ? answers.name.trim() : null;
      return {
        id: newRowId(),
        partnerId: r.partnerId ?? '',
        name: r.person ?? named ?? evaluationNl.measures.unnamed(partnerNames.get(r.partnerId ?? '') ?? ''),
        entry: isPaperKey(r.respondentKey) ? ('papier' as const) : ('zelf' as const),
        ...(r.enteredBy ? { enteredBy: r.enteredBy } : {}),
        roundId,
        scores: answers.scores && typeof answers.scores === 'object' ? answers.scores : {},
      };
    });
}

async function writeBaseline(
  tx: Queryable,
  req: {
    dossierId: string;
    roundId: string;
    actor: string;
    by: RevisionActor;
    current: { data: Record<string, unknown>; revision: number };
    partnerNames: Map<string, string>;
  },
): Promise<CloseOutcome | null> {
  const rows = respondentRows(await listResponses(tx, req.roundId), req.roundId, req.partnerNames);
  const factors = (req.current.data.factors ?? {}) as { respondents?: unknown[] };
  const respondents = [...(Array.isArray(factors.respondents) ? factors.respondents : []), ...rows];
  if (respondents.length > BASELINE_RESPONDENTS_MAX) {
    return { kind: 'refused', status: 409, error: ROUND_MESSAGES.tooManyRespondents(BASELINE_RESPONDENTS_MAX) };
  }
  const data = { ...req.current.data, factors: { ...factors, respondents } };
  const draft = visie.draftSchema.safeParse(data);
  if (!draft.success) {
    return {
      kind: 'refused',
      status: 409,
      error: ROUND_MESSAGES.baselineInvalid,
      issues: draft.error.issues.map((i) => ({
        path: i.path.map((p) => (typeof p === 'number' ? p : String(p))),
        message: i.message,
      })),
    };
  }
  const outcome = await saveStepIn(
    tx,
    stepRequest(req.dossierId, draft.data as Record<string, unknown>, req.current.revision, req.actor, req.by),
  );
  if (outcome.kind !== 'saved') throw new StepRefused(outcome);
  return null;
}
