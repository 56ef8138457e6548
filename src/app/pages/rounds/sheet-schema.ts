import { z } from '#src/domain/zod-nl';
import { baselineAnswers, evaluationAnswers } from '#src/domain/evaluation/answers';
import { putPaperBody } from '#src/domain/evaluation/api';
import type { RoundKind } from '#src/domain/evaluation/rounds';

/**
 * What "Klaar" checks on an answer sheet: the round kind's complete answers under `answers`, and for
 * a paper form also whose it is. The same schemas the server checks with; while typing, autosave
 * sends anything (the draft schema is the server's business).
 */
const SHEETS = {
  evaluatie: z.object({ answers: evaluationAnswers('complete') }),
  nulmeting: z.object({ answers: baselineAnswers('complete') }),
};

const who = { partnerId: putPaperBody.shape.partnerId, person: putPaperBody.shape.person };

const PAPER_SHEETS = {
  evaluatie: SHEETS.evaluatie.extend(who),
  nulmeting: SHEETS.nulmeting.extend(who),
};

export const sheetSchema = (kind: RoundKind, paper: boolean) => (paper ? PAPER_SHEETS : SHEETS)[kind];

/** Whose a new paper form is: asked before its answers, so every save names the person. */
export const paperWhoSchema = z.object(who);
