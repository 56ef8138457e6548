import type { Db } from '#src/db/db';
import { audit } from '#src/db/dossiers';
import { findResponse, findRound, lockRespondent, workState, writeResponse, type ResponseRow } from '#src/db/rounds';
import { allows } from '#src/domain/agreement/lifecycle.machine';
import { hasAnyAnswer } from '#src/domain/evaluation/answers';
import { workKindOf } from '#src/domain/evaluation/rounds';
import { ROUND_MESSAGES } from './messages';

/** Changes of one person's answers within this time make one audit entry: autosave is not a keystroke log. */
export const ANSWER_AUDIT_COALESCE_MS = 10 * 60_000;

export type AnswerOutcome =
  | { kind: 'saved'; response: ResponseRow; countChanged: boolean }
  | { kind: 'conflict'; current: ResponseRow | null }
  | { kind: 'refused'; status: 404 | 409; error: string };

/**
 * One save of one respondent's answers, atomically: the round must be open and its kind of working
 * data allowed now; `baseRevision` must be the stored revision (0 before the first save) — there is
 * nobody to merge with, only the same person in another window. The first answer and later changes
 * (coalesced) go in the audit log.
 */
export async function saveAnswers(
  db: Db,
  req: {
    dossierId: string;
    roundId: string;
    key: string;
    partnerId: string | null;
    person: string | null;
    /** A paper form: who typed it in (actor text and link key). */
    enteredBy: { actor: string; key: string } | null;
    answers: Record<string, unknown>;
    complete: boolean;
    baseRevision: number;
    actor: string;
  },
): Promise<AnswerOutcome> {
  return db.transaction<AnswerOutcome>(async (tx) => {
    // Dossier, then round, then respondent: the order every rounds write takes its locks in.
    const work = (await workState(tx, req.dossierId, 'SHARE'))!;
    const round = await findRound(tx, req.dossierId, req.roundId, 'SHARE');
    if (!round) return { kind: 'refused', status: 404, error: ROUND_MESSAGES.unknownRound };
    if (round.state === 'gesloten') return { kind: 'refused', status: 409, error: ROUND_MESSAGES.closed };
    if (round.state !== 'open') return { kind: 'refused', status: 409, error: ROUND_MESSAGES.notOpenYet };
    if (!allows(work.lifecycle, { type: 'WORK', kind: workKindOf(round.kind) }, work)) {
      return {
        kind: 'refused',
        status: 409,
        error: round.kind === 'evaluatie' ? ROUND_MESSAGES.evaluationNotNow : ROUND_MESSAGES.baselineNotNow,
      };
    }
    await lockRespondent(tx, req.roundId, req.key);
    const current = await findResponse(tx, req.roundId, req.key);
    // A paper form belongs to the link that typed it in.
    if (current && req.enteredBy && current.enteredByKey !== req.enteredBy.key) {
      return { kind: 'refused', status: 404, error: ROUND_MESSAGES.unknownPaper };
    }
    if (req.baseRevision !== (current?.revision ?? 0)) return { kind: 'conflict', current };

    const answered = hasAnyAnswer(req.answers);
    const first = answered && !current?.answered;
    const changed = JSON.stringify(current?.answers ?? {}) !== JSON.stringify(req.answers);
    const lastAudit = current?.auditedAt ? Date.parse(current.auditedAt) : 0;
    const audited = first || (changed && answered && Date.now() - lastAudit >= ANSWER_AUDIT_COALESCE_MS);
    const response = await writeResponse(tx, {
      roundId: req.roundId,
      key: req.key,
      partnerId: req.partnerId,
      person: req.person,
      enteredBy: req.enteredBy?.actor ?? null,
      enteredByKey: req.enteredBy?.key ?? null,
      answers: req.answers,
      answered,
      complete: req.complete,
      revision: (current?.revision ?? 0) + 1,
      audited,
    });
    if (audited) {
      await audit(tx, {
        dossierId: req.dossierId,
        action: req.enteredBy ? 'round.paper' : 'round.answer',
        object: `dossier:${req.dossierId}/round:${req.roundId}/${req.key}`,
        result: first ? 'ok:first' : 'ok',
        actor: req.actor,
        ...(req.enteredBy ? { detail: `Op papier ingevuld door ${req.person ?? ''}` } : {}),
      });
    }
    return { kind: 'saved', response, countChanged: answered !== (current?.answered ?? false) };
  });
}
