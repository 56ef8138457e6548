import { describe, expect, it } from 'vitest';
import { ANSWER_SCHEMAS } from './answers';
import { EXAMPLE_ROUNDS } from './example-rounds';
import { evaluationResults } from './results';
import { studentResponseBody } from './student-survey';

describe('the example rounds', () => {
  it('hold answers every link could have saved as complete, and student answers the survey accepts', () => {
    for (const { responses, students } of EXAMPLE_ROUNDS) {
      for (const r of responses) expect(ANSWER_SCHEMAS.evaluatie.complete.safeParse(r.answers).error).toBeUndefined();
      for (const s of students) expect(studentResponseBody.safeParse(s).success).toBe(true);
    }
  });

  it('differ per partner and between the rounds, and reproduce the seed’s student figures in round 1', () => {
    const [first, second] = EXAMPLE_ROUNDS.map((r) => evaluationResults(r.round, r.snapshot, r.responses));
    const visible = (r: typeof first) => r!.students!.questions.find((q) => q.id === 'visible')!.percentJa;
    expect(first!.students!.questions.map((q) => q.percentJa)).toEqual([43, 39, 24, 17]);
    expect(visible(second)).toBeGreaterThan(visible(first)!);
    expect(first!.numeric.some((q) => q.difference)).toBe(true);
    expect(first!.response).toMatchObject({ responded: 4, paper: 1, invitees: 7 });
  });
});
