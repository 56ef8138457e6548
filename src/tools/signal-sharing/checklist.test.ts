import { describe, expect, it } from 'vitest';
import {
  answer,
  attentionPoints,
  back,
  consentGiver,
  optionsOf,
  recordItems,
  walk,
  type Answers,
  type QuestionId,
} from './checklist';
import { checklistCopy } from './copy';

const r = checklistCopy.record;

/** Answers questions in the order the flow asks them, checking each is the one asked. */
function route(...steps: [QuestionId, string][]): Answers {
  let answers: Answers = {};
  for (const [question, value] of steps) {
    expect(walk(answers).current).toBe(question);
    answers = answer(answers, question, value);
  }
  return answers;
}

const toConsent: [QuestionId, string][] = [
  ['zorg', 'anders'],
  ['doel', 'ja'],
  ['feiten', 'ja'],
  ['anoniem', 'nee'],
  ['gesprek', 'ja'],
  ['omvang', 'wat'],
  ['bijzonder', 'nee'],
  ['afweging', 'ja'],
  ['grondslag', 'toestemming'],
];

describe('pre-sharing checklist flow', () => {
  it('starts with the kind of worry', () => {
    expect(walk({})).toEqual({ asked: [], current: 'zorg', outcome: null });
  });

  it('sends acute danger straight to the acute route, with what to record', () => {
    const answers = route(['zorg', 'acuut']);
    expect(walk(answers)).toMatchObject({ current: null, outcome: 'acuut' });
    expect(recordItems(answers)).toEqual([
      checklistCopy.recordAlways,
      r.acuteFacts,
      r.acuteContacts,
      r.acuteShared,
      r.acuteInformed,
    ]);
  });

  it('stops without a purpose', () => {
    const answers = route(['zorg', 'anders'], ['doel', 'nee']);
    expect(walk(answers).outcome).toBe('geen-doel');
    expect(recordItems(answers)).toContain(r.noPurpose);
  });

  it('ends with anonymous advice when that is enough (subsidiarity)', () => {
    const answers = route(['zorg', 'radicalisering'], ['doel', 'ja'], ['feiten', 'nee'], ['anoniem', 'ja']);
    expect(walk(answers).outcome).toBe('anoniem');
    expect(recordItems(answers)).toEqual([checklistCopy.recordAlways, r.purpose, r.facts, r.anonymousAdvice]);
    expect(attentionPoints(answers)).toEqual([checklistCopy.attention.radicalisering, checklistCopy.attention.feiten]);
  });

  it('asks about special categories only when more than "that" is shared', () => {
    const that = route(
      ['zorg', 'anders'],
      ['doel', 'ja'],
      ['feiten', 'ja'],
      ['anoniem', 'nee'],
      ['gesprek', 'ja'],
      ['omvang', 'dat'],
    );
    expect(walk(that).current).toBe('afweging');
    const what = answer(that, 'omvang', 'wat');
    expect(walk(what).current).toBe('bijzonder');
  });

  it.each([
    ['nee', 'niet-delen'],
    ['twijfel', 'advies'],
  ])('a weighing of "%s" ends in %s', (value, outcome) => {
    const answers = route(...toConsent.slice(0, 7), ['afweging', value]);
    expect(walk(answers).outcome).toBe(outcome);
  });

  it.each([
    ['onder-12', 'de ouders of voogd'],
    ['12-15', 'de jongere én de ouders of voogd, allebei'],
    ['16-plus', 'de jongere zelf'],
  ])('names who consents for age %s', (band, who) => {
    const answers = route(...toConsent, ['leeftijd', band], ['toestemming', 'ja'], ['informeren', 'ja']);
    expect(consentGiver(answers)).toBe(who);
    expect(walk(answers).outcome).toBe('delen');
    expect(recordItems(answers)).toEqual([
      checklistCopy.recordAlways,
      r.purpose,
      r.facts,
      r.notAnonymous,
      r.talked,
      r.what,
      r.weighed,
      r.consent(who),
      r.informed,
      r.shared,
    ]);
  });

  it('asks for consent first when it was not asked yet', () => {
    const answers = route(...toConsent, ['leeftijd', '16-plus'], ['toestemming', 'nog-niet']);
    expect(walk(answers).outcome).toBe('eerst-toestemming');
    expect(recordItems(answers)).toContain(r.consentPending);
  });

  it('after refused consent shares only on a legal duty or a conflict of duties', () => {
    const refused = route(...toConsent, ['leeftijd', '12-15'], ['toestemming', 'geweigerd']);
    expect(walk(refused).current).toBe('uitzondering');
    expect(walk(answer(refused, 'uitzondering', 'nee')).outcome).toBe('niet-delen');
    const conflict = route(
      ...toConsent,
      ['leeftijd', '12-15'],
      ['toestemming', 'geweigerd'],
      ['uitzondering', 'conflict-van-plichten'],
      ['informeren', 'nee-veiligheid'],
    );
    expect(walk(conflict).outcome).toBe('delen');
    expect(recordItems(conflict)).toEqual(expect.arrayContaining([r.consentRefused, r.conflict, r.notInformed, r.shared]));
    expect(attentionPoints(conflict)).toContain(checklistCopy.attention.informeren);
  });

  it('shares without consent on a legal duty, and records which', () => {
    const answers = route(...toConsent.slice(0, 8), ['grondslag', 'wettelijke-plicht'], ['informeren', 'ja']);
    expect(walk(answers).outcome).toBe('delen');
    expect(recordItems(answers)).toContain(r.legalDuty);
    expect(consentGiver(answers)).toBeUndefined();
  });

  it('changing an earlier answer drops the answers of the old route', () => {
    const full = route(...toConsent, ['leeftijd', '16-plus']);
    const changed = answer(full, 'anoniem', 'ja');
    expect(changed).toEqual({ zorg: 'anders', doel: 'ja', feiten: 'ja', anoniem: 'ja' });
    expect(walk(changed).outcome).toBe('anoniem');
  });

  it('goes back one question at a time', () => {
    const answers = route(['zorg', 'anders'], ['doel', 'ja']);
    expect(walk(back(answers)).current).toBe('doel');
    expect(back(back(answers))).toEqual({});
    expect(back({})).toEqual({});
  });

  it('refuses answers that are not options, and ignores stray ones', () => {
    expect(answer({}, 'zorg', 'Jan de Vries, 14 jaar')).toEqual({});
    expect(walk({ doel: 'ja' } as Answers)).toMatchObject({ current: 'zorg', asked: [] });
    expect(optionsOf('leeftijd')).toEqual(['onder-12', '12-15', '16-plus']);
  });

  it('has copy for every question and option', () => {
    for (const [id, q] of Object.entries(checklistCopy.questions)) {
      expect(Object.keys(q.options), id).toEqual(optionsOf(id as QuestionId));
    }
  });
});
