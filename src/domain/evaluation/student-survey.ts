import { z } from '#src/domain/zod-nl';
import { STUDENT_QUESTIONS, type StudentQuestion } from './atoms';
import { evaluationNl } from '#src/i18n/nl/evaluation';

/**
 * The students' short form of an evaluation round: the four closed questions of the interim
 * evaluation list and what students need, from a fixed list. No free text anywhere: nothing a student
 * types can identify them, and nothing needs moderating.
 */

export const STUDENT_ANSWERS = ['ja', 'nee', 'weet_niet'] as const;
export type StudentAnswer = (typeof STUDENT_ANSWERS)[number];

export interface StudentNeed {
  value: string;
  label: string;
}

/**
 * What students may need: the recommendations of the practice reports among the seed documents
 * (000, 001; see stappenplan.md "What students may need"), in words students read, plus "iets anders".
 */
export const STUDENT_NEEDS = [
  {
    value: 'kennismaking',
    label: 'Dat de jongerenwerkers zich aan het begin van het schooljaar voorstellen',
  },
  { value: 'activiteiten', label: 'Activiteiten, zoals een sporttoernooi' },
  {
    value: 'themagroepen',
    label: 'Groepjes over een onderwerp, zoals geld, je gevoel, online leven of drugs en alcohol',
  },
  { value: 'inloopplek', label: 'Een plek op school waar je zomaar binnen kunt lopen' },
  { value: 'gesprek', label: 'Een gesprek alleen met jou, of iemand die je een tijdje helpt' },
  { value: 'workshops', label: 'Workshops, bijvoorbeeld over stage of over verschillen tussen mensen' },
  { value: 'vaker', label: 'Dat ze op meer dagen van de week op school zijn' },
  { value: 'iets_anders', label: 'Iets anders' },
] as const satisfies readonly StudentNeed[];
export const STUDENT_NEED_VALUES = STUDENT_NEEDS.map((n) => n.value) as [
  (typeof STUDENT_NEEDS)[number]['value'],
  ...(typeof STUDENT_NEEDS)[number]['value'][],
];
export type StudentNeedValue = (typeof STUDENT_NEED_VALUES)[number];

const answer = z.enum(STUDENT_ANSWERS, { error: evaluationNl.rounds.studentChoice }).optional();

/** POST /api/peiling: one student's answers. Every question may be skipped, but not all of them and no need at all. */
export const studentResponseBody = z
  .object({
    answers: z
      .object(Object.fromEntries(STUDENT_QUESTIONS.map((q) => [q, answer])) as Record<StudentQuestion, typeof answer>)
      .strict(),
    needs: z
      .array(z.enum(STUDENT_NEED_VALUES, { error: evaluationNl.rounds.studentNeed }))
      .max(STUDENT_NEEDS.length)
      .refine((v) => new Set(v).size === v.length, evaluationNl.rounds.studentNeed),
  })
  .strict()
  .refine((v) => Object.values(v.answers).some((a) => a !== undefined) || v.needs.length > 0, {
    message: evaluationNl.rounds.studentEmpty,
    path: ['answers'],
  });
export type StudentResponseBody = z.infer<typeof studentResponseBody>;

/** Counts of a round's student answers: all that results ever show of them. */
export interface StudentTally {
  respondents: number;
  questions: Record<StudentQuestion, Record<StudentAnswer, number>>;
  needs: Record<StudentNeedValue, number>;
}

export const emptyTally = (): StudentTally => ({
  respondents: 0,
  questions: Object.fromEntries(STUDENT_QUESTIONS.map((q) => [q, { ja: 0, nee: 0, weet_niet: 0 }])) as StudentTally['questions'],
  needs: Object.fromEntries(STUDENT_NEED_VALUES.map((n) => [n, 0])) as StudentTally['needs'],
});

/** Adds stored responses (unchecked jsonb) to a tally; anything not in the lists is ignored. */
export function tallyStudents(responses: readonly unknown[]): StudentTally {
  const tally = emptyTally();
  for (const raw of responses) {
    const r = raw && typeof raw === 'object' ? (raw as { answers?: Record<string, unknown>; needs?: unknown }) : {};
    tally.respondents++;
    for (const q of STUDENT_QUESTIONS) {
      const a = r.answers?.[q];
      if (typeof a === 'string' && (STUDENT_ANSWERS as readonly string[]).includes(a)) tally.questions[q][a as StudentAnswer]++;
    }
    for (const n of Array.isArray(r.needs) ? new Set(r.needs) : []) {
      if (typeof n === 'string' && n in tally.needs) tally.needs[n as StudentNeedValue]++;
    }
  }
  return tally;
}
