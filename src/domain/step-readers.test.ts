import { describe, expect, it } from 'vitest';
import { collaborationTypeOf, contactOf, fundingSourcesOf, structuralSearchStartOf } from './step-readers';

describe('step readers', () => {
  it('read nothing from an empty context', () => {
    const ctx = { partners: [], steps: {} };
    expect(collaborationTypeOf(ctx)).toBeUndefined();
    expect(fundingSourcesOf(ctx)).toEqual([]);
    expect(structuralSearchStartOf(ctx)).toBeUndefined();
  });

  it('read valid values and drop malformed ones', () => {
    const ctx = {
      partners: [],
      steps: {
        initiatief: {
          collaborationType: 'in_school',
          partners: [
            { id: 's', kind: 'school', name: 'S' },
            { id: 'x', kind: 'bedrijf' },
          ],
        },
        financiering: {
          sources: [{ to: '2027-12-31', structural: false }, { to: 'eind 2027', structural: 'ja' }, null, 5],
          structuralSearchStart: '2027-01-01',
        },
      },
    };
    expect(collaborationTypeOf(ctx)).toBe('in_school');
    expect(fundingSourcesOf(ctx)).toEqual([
      { to: '2027-12-31', structural: false },
      { to: undefined, structural: null },
    ]);
    expect(structuralSearchStartOf(ctx)).toBe('2027-01-01');
    expect(collaborationTypeOf({ partners: [], steps: { initiatief: { collaborationType: 'online' } } })).toBeUndefined();
  });

  it("reads step 2's contact person of one partner, defensively", () => {
    const steps = {
      aanspreekpunten: {
        contacts: [null, { partnerId: 'p1', contactName: ' Sanne de Wit ', contactJobTitle: 'Directeur' }, { partnerId: 'p2' }],
      },
    };
    expect(contactOf(steps, 'p1')).toEqual({ name: 'Sanne de Wit', jobTitle: 'Directeur' });
    expect(contactOf(steps, 'p2')).toEqual({ name: undefined, jobTitle: undefined });
    expect(contactOf(steps, 'p3')).toBeUndefined();
    expect(contactOf({}, 'p1')).toBeUndefined();
    expect(contactOf(steps, null)).toBeUndefined();
  });
});
