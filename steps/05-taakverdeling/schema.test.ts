import { describe, expect, it } from 'vitest';
import { build, warnings } from './schema';

const complete = build('complete');
const draft = build('draft');

const row = {
  id: 't1',
  partnerId: 'j',
  responsibilities: 'Vertrouwensrelatie met leerlingen opbouwen en contact houden met de thuissituatie.',
  expectations: 'Twee vaste dagdelen per week aanwezig; reageert binnen twee werkdagen.',
  notTheirTask: 'Verzuim registreren of leerlingen straffen.',
};
const action = {
  id: 'a1',
  what: 'Jongerenwerkers stellen zich voor in de teamvergadering',
  how: '',
  leadPartnerId: 'j',
  leadPerson: '',
  involved: '',
  start: '2027-01-11',
  deadline: '2027-01-29',
  hours: null,
  room: '',
  budget: null,
  needs: '',
  factorId: 'bekend-bij-school',
  stepId: 'bekendheid' as const,
  indicator: '',
  status: 'gepland' as const,
};
const valid = {
  roles: [row],
  ownExpertise: 'Twijfelt iemand of iets bij hem hoort, dan bespreekt hij het in het wekelijkse overleg.',
  actionPlan: [action],
};
const partners = [
  { id: 'j', kind: 'jongerenwerk' as const, name: 'Jongerenwerk Oost' },
  { id: 's', kind: 'school' as const, name: '' },
];
const paths = (r: { error?: { issues: { path: PropertyKey[] }[] } }) => r.error?.issues.map((i) => i.path.join('.')) ?? [];

describe('step 5 schema', () => {
  it('accepts an empty draft', () => {
    expect(draft.safeParse({}).success).toBe(true);
    expect(draft.safeParse({ roles: [{ id: 'x', partnerId: '', responsibilities: '' }] }).success).toBe(true);
  });

  it('accepts a complete, valid step; "not their task" may stay empty', () => {
    expect(complete.safeParse(valid).success).toBe(true);
    expect(complete.safeParse({ ...valid, roles: [{ ...row, notTheirTask: '' }] }).success).toBe(true);
  });

  it('requires a row and the expertise text', () => {
    expect(paths(complete.safeParse({ ...valid, roles: [] }))).toEqual(['roles']);
    expect(paths(complete.safeParse({ ...valid, ownExpertise: '' }))).toEqual(['ownExpertise']);
  });

  it.each(['responsibilities', 'expectations'])('requires %s of a row', (field) => {
    expect(paths(complete.safeParse({ ...valid, roles: [{ ...row, [field]: ' ' }] }))).toEqual([`roles.0.${field}`]);
  });

  it('requires the organisation, once per organisation', () => {
    expect(paths(complete.safeParse({ ...valid, roles: [{ ...row, partnerId: '' }] }))).toEqual(['roles.0.partnerId']);
    const twice = complete.safeParse({ ...valid, roles: [row, { ...row, id: 't2' }] });
    expect(twice.error?.issues).toEqual([
      expect.objectContaining({ path: ['roles', 1, 'partnerId'], message: expect.stringContaining('één rij per organisatie') }),
    ]);
  });

  it('requires at least one action, each with a lead and a deadline not before its start', () => {
    expect(paths(complete.safeParse({ ...valid, actionPlan: [] }))).toEqual(['actionPlan']);
    expect(paths(complete.safeParse({ ...valid, actionPlan: [{ ...action, leadPartnerId: '' }] }))).toEqual([
      'actionPlan.0.leadPartnerId',
    ]);
    expect(paths(complete.safeParse({ ...valid, actionPlan: [{ ...action, deadline: '2027-01-04' }] }))).toEqual([
      'actionPlan.0.deadline',
    ]);
  });

  it('shows every message at once: row checks do not wait for other fields', () => {
    const result = complete.safeParse({
      roles: [{ ...row, partnerId: '' }],
      ownExpertise: '',
      actionPlan: [{ ...action, what: '', deadline: '2027-01-04' }],
    });
    expect(paths(result).sort()).toEqual(['actionPlan.0.deadline', 'actionPlan.0.what', 'ownExpertise', 'roles.0.partnerId']);
  });

  it('saves a draft with a deadline before the start, but not more than 200 actions', () => {
    expect(draft.safeParse({ actionPlan: [{ ...action, deadline: '2027-01-04' }] }).success).toBe(true);
    const many = Array.from({ length: 500 }, (_, i) => ({ ...action, id: `a${i}` }));
    expect(paths(draft.safeParse({ actionPlan: many }))).toEqual(['actionPlan']);
  });

  it('checks types and lengths even in a draft', () => {
    expect(draft.safeParse({ roles: [{ id: 'x', expectations: 'x'.repeat(10_001) }] }).success).toBe(false);
    expect(draft.safeParse({ roles: [{ id: 'x', partnerId: 'x'.repeat(65) }] }).success).toBe(false);
    expect(draft.safeParse({ ownExpertise: ['lijst'] }).success).toBe(false);
  });
});

describe('step 5 warnings', () => {
  it('names partners without tasks, by kind when they have no name yet', () => {
    const result = warnings(valid, { steps: {}, partners });
    expect(result).toEqual([{ id: 'geen-taken-s', message: 'Voor School zijn nog geen taken vastgelegd.' }]);
  });

  it('is silent when every partner has a row, or when no partners are known', () => {
    expect(warnings(valid, { steps: {}, partners: partners.slice(0, 1) })).toEqual([]);
    expect(warnings({}, { steps: {} })).toEqual([]);
  });

  it('flags a row for an organisation that left step 1', () => {
    const initiatief = { partners: [{ id: 's', kind: 'school', name: 'Het Lyceum' }] };
    expect(warnings(valid, { steps: { initiatief } }).map((w) => w.id)).toEqual(['geen-taken-s', 'onbekende-partner-t1']);
  });
});
