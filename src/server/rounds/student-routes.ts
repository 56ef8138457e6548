import type { Context, Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { Db } from '#src/db/db';
import { audit } from '#src/db/dossiers';
import { findRound, findStudentRound, setStudentSurvey, workState } from '#src/db/rounds';
import { allows } from '#src/domain/agreement/lifecycle.machine';
import { studentSurveyBody, type StudentLink, type StudentSurvey } from '#src/domain/evaluation/api';
import { STUDENT_QUESTIONS } from '#src/domain/evaluation/atoms';
import { evaluationNl } from '#src/i18n/nl/evaluation';
import { todayInAmsterdam } from '#src/domain/dates';
import { STUDENT_ANSWERS, STUDENT_NEEDS, studentResponseBody } from '#src/domain/evaluation/student-survey';
import { liveActorOf, type RoundsEvent } from '#src/domain/live';
import { actorOf, hashToken, newToken, requireEdit, tooManyRequests, type AuthVars } from '#src/server/auth';
import { readJson, readOptionalJson } from '#src/server/http';
import type { LiveHub } from '#src/server/live/hub';
import { clientAddress, type RateLimiter } from '#src/server/rate-limit';
import { ROUND_MESSAGES, STUDENT_MESSAGES } from './messages';
import { roundOf } from './routes';
import { StudentWriter } from './student-writer';

/** The public survey routes: no dossier token, the student token as `Authorization: Bearer`. */
export const STUDENT_PATH = '/api/peiling';
/** The students' page: the token travels in the fragment, so it never reaches a server log. */
export const studentLink = (token: string) => `/peiling#${token}`;
export const STUDENT_CAP_DEFAULT = 2000;
/** A live event about the students' count goes out at most this often per round: a class answering is not 30 events. */
const STUDENT_EVENT_MS = 2000;

const BEARER = /^Bearer ([A-Za-z0-9_-]{1,512})$/;
/** One marker per round and browser, readable by nobody but this server's survey routes. */
const markerName = (roundId: string) => `peiling_${roundId}`;

export interface StudentLimits {
  /** Failed student-token checks per client address (guessing). */
  failures: RateLimiter;
  /**
   * Submissions per client address. Generous on purpose: a whole school answers from behind one
   * address in the same mentor hour. What one address can add to a round is bounded by the round's
   * cap, and by the one-response marker for a browser that keeps its cookies.
   */
  submissions: RateLimiter;
  trustProxy?: boolean;
}

type App = Hono<{ Variables: AuthVars }>;

/**
 * The students' survey of an evaluation round: an editing link turns it on (a new secret link each
 * time: 256 bits, only its hash stored), students answer anonymously. Stored per answer: the choices
 * and the day, nothing else — no name, no free text, no address, no time of day, no cookie beyond one
 * HttpOnly SameSite=Strict marker per round that says "this browser answered".
 */
export function registerStudentRoutes(app: App, db: Db, live: LiveHub, limits: StudentLimits) {
  app.post('/api/dossiers/:id/rounds/:roundId/students', requireEdit, async (c) => {
    const found = await roundOf(c, db);
    if (found instanceof Response) return found;
    const body = await readOptionalJson(c, studentSurveyBody);
    if (!body.ok) return body.response;
    const dossierId = c.get('dossierId');
    const actor = actorOf(c.get('identity'));
    const token = newToken();
    const cap = body.data.cap ?? STUDENT_CAP_DEFAULT;
    const refused = await db.transaction(async (tx) => {
      const work = (await workState(tx, dossierId, 'SHARE'))!;
      const round = (await findRound(tx, dossierId, found.id, 'UPDATE'))!;
      if (round.kind !== 'evaluatie') return ROUND_MESSAGES.studentsBaseline;
      if (round.state === 'gesloten') return ROUND_MESSAGES.studentsClosed;
      if (!allows(work.lifecycle, { type: 'WORK', kind: 'evaluation' }, work)) return ROUND_MESSAGES.evaluationNotNow;
      await setStudentSurvey(tx, round.id, hashToken(token), cap);
      await audit(tx, {
        dossierId,
        action: 'round.students',
        object: `dossier:${dossierId}/round:${round.id}`,
        result: round.students.enabled ? 'ok:new-link' : 'ok',
        actor,
        detail: `Hoogstens ${cap} antwoorden`,
      });
      return null;
    });
    if (refused) return c.json({ error: refused }, 409);
    await live.publish(dossierId, 'rounds', {
      roundId: found.id,
      change: 'students',
      actor: liveActorOf(c.get('identity')),
    } satisfies RoundsEvent);
    return c.json({ token, link: studentLink(token), cap } satisfies StudentLink, 201);
  });

  /** The round a student token opens; a wrong one costs the address one try, like a wrong dossier token. */
  const surveyOf = async (c: Context) => {
    const match = BEARER.exec(c.req.header('authorization') ?? '');
    if (!match) return { response: c.json({ error: STUDENT_MESSAGES.unauthorized }, 401) };
    const address = clientAddress(c, limits.trustProxy === true);
    const wait = limits.failures.wait(address);
    if (wait > 0) return { response: tooManyRequests(c, wait, STUDENT_MESSAGES.tooManyFailures(wait)) };
    const round = await findStudentRound(db, hashToken(match[1]!));
    if (!round) {
      limits.failures.take(address);
      return { response: c.json({ error: STUDENT_MESSAGES.unknown }, 404) };
    }
    return { round, address };
  };

  app.get(STUDENT_PATH, async (c) => {
    const found = await surveyOf(c);
    if (!found.round) return found.response;
    const survey: StudentSurvey = {
      title: evaluationNl.students.title,
      intro: evaluationNl.students.intro,
      open: found.round.state === 'open',
      answered: getCookie(c, markerName(found.round.id)) !== undefined,
      questions: STUDENT_QUESTIONS.map((id) => ({ id, text: evaluationNl.students.questions[id] })),
      answers: STUDENT_ANSWERS.map((value) => ({ value, label: evaluationNl.students.answers[value] })),
      needsQuestion: evaluationNl.students.needsQuestion,
      needs: STUDENT_NEEDS.map(({ value, label }) => ({ value, label })),
    };
    return c.json(survey);
  });

  const pending = new Map<string, NodeJS.Timeout>();
  const announce = (dossierId: string, roundId: string) => {
    if (pending.has(roundId)) return;
    const timer = setTimeout(() => {
      pending.delete(roundId);
      void live.publish(dossierId, 'rounds', { roundId, change: 'students', actor: null } satisfies RoundsEvent);
    }, STUDENT_EVENT_MS);
    timer.unref();
    pending.set(roundId, timer);
  };

  /**
   * Token hash → round, so an answer costs one query instead of two. Only a shortcut: the insert
   * checks the token, the state and the cap itself, and a refused insert looks the round up again.
   */
  const known = new Map<string, { id: string; dossier_id: string }>();
  const writer = new StudentWriter(db);
  const KNOWN_MAX = 1000;

  app.post(STUDENT_PATH, async (c) => {
    const match = BEARER.exec(c.req.header('authorization') ?? '');
    if (!match) return c.json({ error: STUDENT_MESSAGES.unauthorized }, 401);
    const address = clientAddress(c, limits.trustProxy === true);
    const failed = limits.failures.wait(address);
    if (failed > 0) return tooManyRequests(c, failed, STUDENT_MESSAGES.tooManyFailures(failed));
    const tokenHash = hashToken(match[1]!);
    let round = known.get(tokenHash);
    if (!round) {
      const found = await findStudentRound(db, tokenHash);
      if (!found) {
        limits.failures.take(address);
        return c.json({ error: STUDENT_MESSAGES.unknown }, 404);
      }
      round = { id: found.id, dossier_id: found.dossier_id };
      if (known.size >= KNOWN_MAX) known.delete(known.keys().next().value!);
      known.set(tokenHash, round);
    }
    const wait = limits.submissions.take(address);
    if (wait > 0) return tooManyRequests(c, wait, STUDENT_MESSAGES.throttled(wait));
    if (getCookie(c, markerName(round.id)) !== undefined) return c.json({ error: STUDENT_MESSAGES.already }, 409);
    const body = await readJson(c, studentResponseBody);
    if (!body.ok) return body.response;
    // Only the choices: undefined answers are left out, so a skipped question is simply absent.
    const stored = { answers: JSON.parse(JSON.stringify(body.data.answers)) as unknown, needs: body.data.needs };
    const count = await writer.add({ id: round.id, tokenHash }, stored, todayInAmsterdam());
    if (count === null) {
      // Not open (yet or any more), full, or this link was replaced by a new one.
      const now = await findStudentRound(db, tokenHash);
      if (!now) {
        known.delete(tokenHash);
        return c.json({ error: STUDENT_MESSAGES.unknown }, 404);
      }
      if (now.state === 'gesloten') return c.json({ error: STUDENT_MESSAGES.closed }, 410);
      if (now.state !== 'open') return c.json({ error: STUDENT_MESSAGES.notYetOpen }, 409);
      return c.json({ error: STUDENT_MESSAGES.full }, 409);
    }
    setCookie(c, markerName(round.id), '1', {
      httpOnly: true,
      sameSite: 'Strict',
      path: STUDENT_PATH,
      maxAge: 60 * 60 * 24 * 365,
      secure:
        new URL(c.req.url).protocol === 'https:' || (limits.trustProxy === true && c.req.header('x-forwarded-proto') === 'https'),
    });
    announce(round.dossier_id, round.id);
    return c.json({ ok: true }, 201);
  });
}
