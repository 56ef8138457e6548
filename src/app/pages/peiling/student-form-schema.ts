import { z } from '#src/domain/zod-nl';
import { STUDENT_QUESTIONS } from '#src/domain/evaluation/atoms';
import { STUDENT_ANSWERS, STUDENT_NEED_VALUES, type StudentResponseBody } from '#src/domain/evaluation/student-survey';
import { evaluationNl } from '#src/i18n/nl/evaluation';

// An unanswered radio group reads as null in the form; the server wants it left out.
const answer = z.enum(STUDENT_ANSWERS, { error: evaluationNl.rounds.studentChoice }).nullable().optional();

/**
 * The students' form as the page holds it. Every question may be skipped, but not everything: the
 * server's rule (studentResponseBody), with the message at the first question so the error summary
 * can lead there.
 */
export const studentFormSchema = z
  .object({
    answers: z.object(
      Object.fromEntries(STUDENT_QUESTIONS.map((q) => [q, answer])) as Record<(typeof STUDENT_QUESTIONS)[number], typeof answer>,
    ),
    needs: z.array(z.enum(STUDENT_NEED_VALUES)).optional(),
  })
  .refine((v) => Object.values(v.answers).some((a) => !!a) || (v.needs?.length ?? 0) > 0, {
    message: evaluationNl.rounds.studentEmpty,
    path: ['answers', STUDENT_QUESTIONS[0]],
  });

/** What is sent: only the answers given. */
export function toStudentResponse(values: unknown): StudentResponseBody {
  const parsed = studentFormSchema.parse(values);
  const answers = Object.fromEntries(Object.entries(parsed.answers).filter(([, a]) => !!a)) as StudentResponseBody['answers'];
  return { answers, needs: parsed.needs ?? [] };
}

export const emptyStudentForm = () => ({
  answers: Object.fromEntries(STUDENT_QUESTIONS.map((q) => [q, null])),
  needs: [],
});
