import { describe, expect, it } from 'vitest';
import { hasApproved, missingApprovals, readyForApproval, validApprovals, waitingFor } from './approvals';
import type { Partner } from './partners';
import type { StepDefinition } from './step';

const gemeente: Partner = { id: 'g', kind: 'gemeente', name: 'Gemeente Utrecht' };
const school: Partner = { id: 's', kind: 'school', name: 'Het Lyceum' };
const jw: Partner = { id: 'j', kind: 'jongerenwerk', name: 'JoU' };
const at = '2026-01-01T10:00:00.000Z';
const ok = (partnerId: string, revision: number) => ({ partnerId, revision, at, name: null });

type Def = Pick<StepDefinition, 'id' | 'aanZet' | 'agreement'>;
const steps: Def[] = [
  { id: 'initiatief', aanZet: ['gemeente', 'school', 'jongerenwerk'], agreement: { role: 'required' } },
  { id: 'financiering', aanZet: ['gemeente'], agreement: { role: 'required' } },
  { id: 'faciliteiten', aanZet: ['school'], agreement: { role: 'required' } },
  { id: 'kennisdelen', aanZet: ['school', 'jongerenwerk'], agreement: { role: 'optional' } },
];

describe('approval validity', () => {
  it('counts an approval only on the revision it was given on', () => {
    const approvals = [ok('g', 3), ok('s', 2)];
    expect(validApprovals(approvals, 3)).toEqual([ok('g', 3)]);
    expect(validApprovals(approvals, 4)).toEqual([]);
    expect(hasApproved({ revision: 2, approvals }, 's')).toBe(true);
    expect(hasApproved({ revision: 3, approvals }, 's')).toBe(false);
    expect(hasApproved(undefined, 's')).toBe(false);
  });

  it('drops approvals of partners that left step 1', () => {
    expect(validApprovals([ok('g', 1), ok('weg', 1)], 1, [gemeente, school])).toEqual([ok('g', 1)]);
  });
});

describe('aan zet', () => {
  it('lists the steps whose aan-zet kinds include the partner, until the partner gave akkoord', () => {
    const state = { initiatief: { revision: 2, approvals: [ok('s', 2), ok('g', 1)] } };
    expect(waitingFor(gemeente, steps, state)).toEqual(['initiatief', 'financiering']);
    expect(waitingFor(school, steps, state)).toEqual(['faciliteiten', 'kennisdelen']);
    expect(waitingFor(jw, steps, state)).toEqual(['initiatief', 'kennisdelen']);
  });

  it('puts a partner back at turn when the step changes after its akkoord', () => {
    expect(waitingFor(school, steps, { faciliteiten: { revision: 5, approvals: [ok('s', 5)] } })).not.toContain('faciliteiten');
    expect(waitingFor(school, steps, { faciliteiten: { revision: 6, approvals: [ok('s', 5)] } })).toContain('faciliteiten');
  });
});

describe('missing approvals for freezing', () => {
  it('asks every partner on every required step, whoever is aan zet, and ignores optional steps', () => {
    const partners = [gemeente, school];
    expect(missingApprovals(steps, partners, {})).toEqual([
      { stepId: 'initiatief', partnerId: 'g' },
      { stepId: 'initiatief', partnerId: 's' },
      { stepId: 'financiering', partnerId: 'g' },
      { stepId: 'financiering', partnerId: 's' },
      { stepId: 'faciliteiten', partnerId: 'g' },
      { stepId: 'faciliteiten', partnerId: 's' },
    ]);
    const all = { revision: 1, approvals: [ok('g', 1), ok('s', 1)] };
    expect(missingApprovals(steps, partners, { initiatief: all, financiering: all, faciliteiten: all })).toEqual([]);
    expect(
      missingApprovals(steps, partners, { initiatief: all, financiering: all, faciliteiten: { ...all, revision: 2 } }),
    ).toHaveLength(2);
  });
});

describe('readyForApproval', () => {
  const steps = [{ id: 'initiatief' }, { id: 'aanspreekpunten' }, { id: 'financiering' }, { id: 'visie' }] as const;
  it('lists the afgerond steps whose current revision the partner has not approved, in plan order', () => {
    const statuses = { initiatief: 'afgerond', aanspreekpunten: 'afgerond', financiering: 'bezig', visie: 'afgerond' } as const;
    const state = {
      initiatief: { revision: 3, approvals: [ok('s', 3)] },
      aanspreekpunten: { revision: 4, approvals: [ok('s', 2)] },
      visie: { revision: 1, approvals: [ok('g', 1)] },
    };
    expect(readyForApproval(steps, statuses, state, 's')).toEqual(['aanspreekpunten', 'visie']);
    expect(readyForApproval(steps, statuses, state, 'g')).toEqual(['initiatief', 'aanspreekpunten']);
  });
});
