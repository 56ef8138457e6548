import { describe, expect, it } from 'vitest';
import { STUDENT_NEED_VALUES, studentResponseBody, tallyStudents } from './student-survey';

describe('the student survey', () => {
  it('accepts the closed questions and needs from the list, any of them skipped', () => {
    expect(studentResponseBody.safeParse({ answers: { visible: 'ja', gotHelp: 'weet_niet' }, needs: ['vaker'] }).success).toBe(
      true,
    );
    expect(studentResponseBody.safeParse({ answers: {}, needs: ['iets_anders'] }).success).toBe(true);
  });

  it('has "iets anders" as a choice, and no free text anywhere', () => {
    expect(STUDENT_NEED_VALUES).toContain('iets_anders');
    const withText = studentResponseBody.safeParse({ answers: { visible: 'ja' }, needs: ['iets_anders'], other: 'Meer voetbal' });
    expect(withText.success).toBe(false);
    expect(studentResponseBody.safeParse({ answers: { visible: 'Meer voetbal' }, needs: [] }).success).toBe(false);
    expect(studentResponseBody.safeParse({ answers: { name: 'Sam' }, needs: [] }).success).toBe(false);
  });

  it('refuses an empty form, needs outside the list and the same need twice, in words for students', () => {
    const empty = studentResponseBody.safeParse({ answers: {}, needs: [] });
    expect(empty.error!.issues[0]!.message).toMatch(/minstens één vraag/);
    expect(studentResponseBody.safeParse({ answers: {}, needs: ['pizza'] }).error!.issues[0]!.message).toMatch(/je|Kies/);
    expect(studentResponseBody.safeParse({ answers: {}, needs: ['vaker', 'vaker'] }).success).toBe(false);
  });

  it('tallies stored answers per question and need, ignoring anything else', () => {
    const tally = tallyStudents([
      { answers: { visible: 'ja', knowWhatFor: 'nee' }, needs: ['vaker', 'inloopplek'] },
      { answers: { visible: 'ja', hadContact: 'weet_niet' }, needs: ['vaker'] },
      { answers: { visible: 'misschien' }, needs: ['pizza', 'vaker', 'vaker'] },
      null,
    ]);
    expect(tally.respondents).toBe(4);
    expect(tally.questions.visible).toEqual({ ja: 2, nee: 0, weet_niet: 0 });
    expect(tally.questions.knowWhatFor).toEqual({ ja: 0, nee: 1, weet_niet: 0 });
    expect(tally.questions.hadContact).toEqual({ ja: 0, nee: 0, weet_niet: 1 });
    expect(tally.needs.vaker).toBe(3);
    expect(tally.needs.inloopplek).toBe(1);
  });
});
