/**
 * The pre-sharing checklist as a pure flow: which question comes next given the answers so far, where
 * it ends, and what the professional records in their own case file. The answers are choices only, never
 * free text, and they live in the component's memory: nothing here is stored or sent.
 */
import { AGE_BANDS, consentGiverFor, type AgeBand } from './consent';
import { checklistCopy } from './copy';

const OPTIONS = {
  zorg: ['acuut', 'radicalisering', 'anders'],
  doel: ['ja', 'nee'],
  feiten: ['ja', 'nee'],
  anoniem: ['ja', 'nee'],
  gesprek: ['ja', 'nog-niet', 'kan-niet'],
  omvang: ['dat', 'wat'],
  bijzonder: ['ja', 'nee'],
  afweging: ['ja', 'nee', 'twijfel'],
  grondslag: ['toestemming', 'wettelijke-plicht', 'conflict-van-plichten', 'weet-niet'],
  leeftijd: AGE_BANDS,
  toestemming: ['ja', 'geweigerd', 'nog-niet'],
  uitzondering: ['wettelijke-plicht', 'conflict-van-plichten', 'nee'],
  informeren: ['ja', 'nee-veiligheid'],
} as const;

export type QuestionId = keyof typeof OPTIONS;
export type Answers = { [Q in QuestionId]?: (typeof OPTIONS)[Q][number] };
export type OutcomeId = keyof typeof checklistCopy.outcomes;

const FIRST: QuestionId = 'zorg';

type Next = QuestionId | { end: OutcomeId };
const end = (outcome: OutcomeId) => ({ end: outcome });

/** Where each answer leads. Answers without a branch of their own go on to the same next question. */
function after<Q extends QuestionId>(question: Q, answer: (typeof OPTIONS)[Q][number]): Next {
  switch (question) {
    case 'zorg':
      return answer === 'acuut' ? end('acuut') : 'doel';
    case 'doel':
      return answer === 'ja' ? 'feiten' : end('geen-doel');
    case 'feiten':
      return 'anoniem';
    case 'anoniem':
      return answer === 'ja' ? end('anoniem') : 'gesprek';
    case 'gesprek':
      return 'omvang';
    case 'omvang':
      return answer === 'wat' ? 'bijzonder' : 'afweging';
    case 'bijzonder':
      return 'afweging';
    case 'afweging':
      return answer === 'ja' ? 'grondslag' : answer === 'nee' ? end('niet-delen') : end('advies');
    case 'grondslag':
      return answer === 'toestemming' ? 'leeftijd' : answer === 'weet-niet' ? end('advies') : 'informeren';
    case 'leeftijd':
      return 'toestemming';
    case 'toestemming':
      return answer === 'ja' ? 'informeren' : answer === 'geweigerd' ? 'uitzondering' : end('eerst-toestemming');
    case 'uitzondering':
      return answer === 'nee' ? end('niet-delen') : 'informeren';
    case 'informeren':
      return end('delen');
  }
  return end('advies');
}

export const optionsOf = (question: QuestionId): readonly string[] => OPTIONS[question];

const isAnswer = (question: QuestionId, value: unknown): boolean =>
  typeof value === 'string' && (OPTIONS[question] as readonly string[]).includes(value);

export interface Position {
  /** The questions answered on the way here, in order. */
  asked: QuestionId[];
  /** The question to answer now, or null when the checklist has ended. */
  current: QuestionId | null;
  outcome: OutcomeId | null;
}

/** Follows the answers from the first question. Answers off the path (left from an earlier route) are ignored. */
export function walk(answers: Answers): Position {
  const asked: QuestionId[] = [];
  let question: QuestionId = FIRST;
  for (;;) {
    const answer = answers[question];
    if (!isAnswer(question, answer)) return { asked, current: question, outcome: null };
    asked.push(question);
    const next = after(question, answer as never);
    if (typeof next === 'object') return { asked, current: null, outcome: next.end };
    question = next;
  }
}

/** Answers a question; answers further along an old route are dropped, so going back and changing one is clean. */
export function answer(answers: Answers, question: QuestionId, value: string): Answers {
  if (!isAnswer(question, value)) return answers;
  const { asked } = walk(answers);
  const index = asked.indexOf(question);
  const kept = index === -1 ? asked : asked.slice(0, index);
  const out: Answers = {};
  for (const q of kept) (out as Record<string, string>)[q] = answers[q]!;
  (out as Record<string, string>)[question] = value;
  return out;
}

/** One question back: the last answer on the path is removed. */
export function back(answers: Answers): Answers {
  const { asked } = walk(answers);
  const out: Answers = {};
  for (const q of asked.slice(0, -1)) (out as Record<string, string>)[q] = answers[q]!;
  return out;
}

/** Points to act on before sharing, from the answers so far. */
export function attentionPoints(answers: Answers): string[] {
  const { asked } = walk(answers);
  const on = (q: QuestionId, v: string) => asked.includes(q) && answers[q] === v;
  const t = checklistCopy.attention;
  const out: string[] = [];
  if (on('zorg', 'radicalisering')) out.push(t.radicalisering);
  if (on('feiten', 'nee')) out.push(t.feiten);
  if (on('gesprek', 'nog-niet')) out.push(t.gesprek);
  if (on('bijzonder', 'ja')) out.push(t.bijzonder);
  if (on('informeren', 'nee-veiligheid')) out.push(t.informeren);
  return out;
}

/** Who gives consent, once the age band is known. */
export function consentGiver(answers: Answers): string | undefined {
  const band = answers.leeftijd;
  return band && walk(answers).asked.includes('leeftijd') ? consentGiverFor(band as AgeBand) : undefined;
}

/**
 * What to write down in one's own case file, following the route taken: the date and who recorded
 * it, the facts, the weighing, the basis, what was shared with whom, and whether the young person knows.
 */
export function recordItems(answers: Answers): string[] {
  const { asked, outcome } = walk(answers);
  const r = checklistCopy.record;
  const a = (q: QuestionId) => (asked.includes(q) ? answers[q] : undefined);
  const out: string[] = [checklistCopy.recordAlways];

  if (a('zorg') === 'acuut') return [...out, r.acuteFacts, r.acuteContacts, r.acuteShared, r.acuteInformed];
  if (a('doel') === 'nee') return [...out, r.noPurpose];
  if (a('doel') === 'ja') out.push(r.purpose);
  if (a('feiten')) out.push(r.facts);
  if (a('anoniem') === 'ja') out.push(r.anonymousAdvice);
  if (a('anoniem') === 'nee') out.push(r.notAnonymous);
  if (a('gesprek') === 'ja') out.push(r.talked);
  if (a('gesprek') === 'nog-niet' || a('gesprek') === 'kan-niet') out.push(r.notTalked);
  if (a('omvang') === 'dat') out.push(r.onlyThat);
  if (a('omvang') === 'wat') out.push(r.what);
  if (a('bijzonder') === 'ja') out.push(r.special);
  if (a('afweging') === 'ja') out.push(r.weighed);
  if (a('afweging') === 'nee') out.push(r.weighedNo);
  if (a('afweging') === 'twijfel') out.push(r.doubt);
  const giver = consentGiver(answers);
  if (a('toestemming') === 'ja' && giver) out.push(r.consent(giver));
  if (a('toestemming') === 'geweigerd') out.push(r.consentRefused);
  if (a('toestemming') === 'nog-niet') out.push(r.consentPending);
  const basis = a('uitzondering') ?? a('grondslag');
  if (basis === 'wettelijke-plicht') out.push(r.legalDuty);
  if (basis === 'conflict-van-plichten') out.push(r.conflict);
  if (a('grondslag') === 'weet-niet') out.push(r.basisUnknown);
  if (a('informeren') === 'ja') out.push(r.informed);
  if (a('informeren') === 'nee-veiligheid') out.push(r.notInformed);
  if (outcome === 'delen') out.push(r.shared);
  return out;
}
