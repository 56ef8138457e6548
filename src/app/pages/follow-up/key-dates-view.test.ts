import { describe, expect, it } from 'vitest';
import type { KeyDate } from '#src/domain/follow-up/key-dates';
import { keyDatesView } from './key-dates-view';

const date = (d: string, title: string): KeyDate => ({
  uid: `u-${d}`,
  kind: 'ronde',
  date: d,
  title,
  description: '',
  sequence: 1,
  remindWeekBefore: true,
});

describe('the key dates on the follow-up home', () => {
  it('keeps what is still to come (today included) apart from what has passed', () => {
    const view = keyDatesView([date('2026-12-01', 'a'), date('2026-12-08', 'b'), date('2027-01-01', 'c')], '2026-12-08', 'X');
    expect(view.upcoming.map((d) => d.title)).toEqual(['b', 'c']);
    expect(view.past.map((d) => d.title)).toEqual(['a']);
  });

  it('leaves the dossier’s name off the end of a title, and only there', () => {
    const view = keyDatesView(
      [date('2027-01-01', 'Evaluatieronde 3 – Samen in Zuid'), date('2027-02-01', 'Samen in Zuid – Evaluatieronde 4')],
      '2026-12-08',
      'Samen in Zuid',
    );
    expect(view.upcoming.map((d) => d.title)).toEqual(['Evaluatieronde 3', 'Samen in Zuid – Evaluatieronde 4']);
  });
});
