import { describe, expect, it } from 'vitest';
import { templateStart } from './template';

describe('starting a dossier from a template', () => {
  const source = {
    initiatief: {
      partners: [
        { id: 'p-s', kind: 'school', name: 'Lyceum' },
        { id: 'p-g', kind: 'gemeente', name: 'Utrecht' },
      ],
    },
    aanspreekpunten: { contacts: [{ name: 'Ada' }] },
    financiering: { sources: [{ name: 'Subsidie' }] },
    visie: { vision: 'Samen', factors: { scores: { a: 4 } } },
    signalen: { schoolReceiver: 'Zorgcoördinator' },
  };

  it('copies step 1, the contacts, the vision and the signal agreements; no baseline, no funding', () => {
    const start = templateStart(source);
    expect(start.initiatief).toEqual(source.initiatief);
    expect(start.ownerPartnerId).toBe('p-g');
    expect(Object.fromEntries(start.more)).toEqual({
      aanspreekpunten: source.aanspreekpunten,
      visie: { vision: 'Samen' },
      signalen: source.signalen,
    });
  });

  it('shares nothing with the source', () => {
    const start = templateStart(source);
    (start.initiatief.partners as { name: string }[])[0]!.name = 'Anders';
    expect(source.initiatief.partners[0]!.name).toBe('Lyceum');
  });

  it('without a gemeente among the partners names no owner partner; an empty source gives an empty start', () => {
    expect(templateStart({ initiatief: { partners: [{ id: 'p-s', kind: 'school' }] } }).ownerPartnerId).toBeNull();
    expect(templateStart({})).toEqual({ initiatief: {}, ownerPartnerId: null, more: [] });
  });
});
