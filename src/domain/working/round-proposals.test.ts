import { describe, expect, it } from 'vitest';
import { roundItems } from './round-proposals';

const partners = [
  { id: 'p-school', name: 'Het Zeekompas' },
  { id: 'p-jw', name: 'Welzijn Westerhaven' },
];

describe('the items of a closed round that can become actions', () => {
  it('takes proposed new actions and knelpunten with a solution, each with a stable key, from every respondent', () => {
    const items = roundItems({ id: 'r1', number: 2 }, partners, [
      {
        respondentKey: 'invite:abc',
        partnerId: 'p-school',
        person: 'Marieke Bos',
        answers: {
          newActions: [
            { id: 'n1', what: 'Spreekuur', leadPartnerId: 'p-jw', deadline: '2027-10-01' },
            { id: 'n2', what: '   ' },
            { id: 'n3', what: 'Zonder datum', deadline: 'morgen' },
          ],
          knelpunten: [
            { id: 'k1', knelpunt: 'Roosters botsen', oplossing: 'Vrijdagmiddag' },
            { id: 'k2', knelpunt: 'Geen oplossing', oplossing: '' },
          ],
        },
      },
      {
        respondentKey: 'owner',
        partnerId: null,
        person: null,
        answers: { knelpunten: [{ id: 'k1', oplossing: 'x'.repeat(600) }] },
      },
      { respondentKey: 'invite:leeg', partnerId: 'p-jw', person: null, answers: {} },
    ]);
    expect(items.map((i) => [i.sourceKey, i.kind, i.what.length])).toEqual([
      ['ronde:r1:invite:abc:nieuwe-actie:n1', 'nieuwe-actie', 9],
      ['ronde:r1:invite:abc:nieuwe-actie:n3', 'nieuwe-actie', 12],
      ['ronde:r1:invite:abc:knelpunt:k1', 'knelpunt', 13],
      ['ronde:r1:owner:knelpunt:k1', 'knelpunt', 500],
    ]);
    expect(items[0]!.action).toMatchObject({
      what: 'Spreekuur',
      leadPartnerId: 'p-jw',
      deadline: '2027-10-01',
      status: 'gepland',
      how: 'Voorgesteld in evaluatieronde 2 door Marieke Bos, Het Zeekompas.',
    });
    expect(items[1]!.action.deadline).toBe('');
    expect(items[2]).toMatchObject({
      detail: 'Roosters botsen',
      who: { partnerName: 'Het Zeekompas', person: 'Marieke Bos', paper: false },
    });
    expect(items[2]!.action.how).toBe('Uit evaluatieronde 2. Knelpunt: Roosters botsen\nVoorgestelde oplossing: Vrijdagmiddag');
  });
});
