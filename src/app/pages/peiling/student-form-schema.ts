import { z } from '#src/domain/zod-nl';
import { STUDENT_QUESTIONS } from '#src/domain/evaluation/atoms';
import { STUDENT_ANSWERS, STUDENT_NEED_VALUES, type StudentResponseBody } from '#src/domain/evaluation/student-survey';
import { evaluationNl } from '#src/i18n/nl/evaluation';

// An unanswered radio group reads as null in the form; the server wants it left out.
const answer = z.enum(STUDENT_ANSWERS, { error: evaluationNl.rounds.studentChoice }).nullable().optional();

/**
 * The students' form as the page holds it. Every question may be skipped; that not everything may be
 * is checked on sending (`isEmpty`), so the message can say "je" (the error summary says "u").
 */
export const studentFormSchema = z.object({
  answers: z.object(
    Object.fromEntries(STUDENT_QUESTIONS.map((q) => [q, answer])) as Record<(typeof STUDENT_QUESTIONS)[number], typeof answer>,
  ),
  needs: z.array(z.enum(STUDENT_NEED_VALUES)).optional(),
});

/** What is sent: only the answers given. */
export function toStudentResponse(values: unknown): StudentResponseBody {
  const parsed = studentFormSchema.parse(values);
  const answers = Object.fromEntries(Object.entries(parsed.answers).filter(([, a]) => !!a)) as StudentResponseBody['answers'];
  return { answers, needs: parsed.needs ?? [] };
}

/** No question answered and nothing chosen: the server would refuse it (studentResponseBody). */
export const isEmpty = (body: StudentResponseBody) => Object.keys(body.answers).length === 0 && body.needs.length === 0;

export const emptyStudentForm = () => ({
  answers: Object.fromEntries(STUDENT_QUESTIONS.map((q) => [q, null])),
  needs: [],
});
