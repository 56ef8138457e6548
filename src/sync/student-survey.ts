import type { StudentSurvey } from '#src/domain/evaluation/api';
import type { StudentResponseBody } from '#src/domain/evaluation/student-survey';
import { ApiError } from './api';
import { api } from './client';

/**
 * The students' public survey (`/peiling#<token>`): no dossier and no dossier link, only the student
 * token of one round. The page's door to the server, as DossierSync is a dossier's.
 */
export type SurveyProblem =
  /** No such link (any more): a wrong address, or a newer link replaced it. */
  | 'unknown'
  /** The round is closed (410). */
  | 'closed'
  /** Answered already, the survey is full, or not open yet (409): the server says which. */
  | 'refused'
  /** Too many answers at once, or too many wrong links from this address (429). */
  | 'busy'
  | 'network'
  | 'failed';

export class SurveyError extends Error {
  constructor(
    readonly problem: SurveyProblem,
    message: string,
  ) {
    super(message);
    this.name = 'SurveyError';
  }
}

function problemOf(e: unknown): SurveyError {
  if (!(e instanceof ApiError)) return new SurveyError('failed', e instanceof Error ? e.message : '');
  const problem: SurveyProblem = e.isNetwork
    ? 'network'
    : e.status === 404 || e.status === 401
      ? 'unknown'
      : e.status === 410
        ? 'closed'
        : e.status === 409
          ? 'refused'
          : e.status === 429
            ? 'busy'
            : 'failed';
  return new SurveyError(problem, e.message);
}

export async function loadStudentSurvey(token: string): Promise<StudentSurvey> {
  try {
    return await api.studentSurvey(token);
  } catch (e) {
    throw problemOf(e);
  }
}

export async function sendStudentAnswer(token: string, body: StudentResponseBody): Promise<void> {
  try {
    await api.answerStudentSurvey(token, body);
  } catch (e) {
    throw problemOf(e);
  }
}
