import { describe, expect, it } from 'vitest';
import { z } from '#src/domain/zod-nl';
import { ACTION_ROWS_MAX, actionRows, newActionRow } from './schema';

const complete = z.object({ actionPlan: actionRows('complete', { min: 1 }) });
const draft = z.object({ actionPlan: actionRows('draft') });
const row = newActionRow({
  id: 'a1',
  what: 'Kennismaking met het docententeam',
  leadPartnerId: 'j',
  start: '2027-01-11',
  deadline: '2027-01-29',
});
const paths = (r: { error?: { issues: { path: PropertyKey[] }[] } }) => r.error?.issues.map((i) => i.path.join('.')) ?? [];

describe('action plan rows', () => {
  it('accepts a complete row and an empty draft', () => {
    expect(complete.safeParse({ actionPlan: [row] }).error).toBeUndefined();
    expect(draft.safeParse({}).success).toBe(true);
    expect(draft.safeParse({ actionPlan: [newActionRow({ id: 'x' })] }).success).toBe(true);
  });

  it('requires at least one row when complete', () => {
    expect(paths(complete.safeParse({ actionPlan: [] }))).toEqual(['actionPlan']);
  });

  it('puts a deadline before the start on the deadline, also while other fields are still missing', () => {
    const early = { ...row, deadline: '2027-01-01' };
    expect(paths(complete.safeParse({ actionPlan: [early] }))).toEqual(['actionPlan.0.deadline']);
    const alsoEmpty = { ...early, what: '' };
    expect(paths(complete.safeParse({ actionPlan: [alsoEmpty] })).sort()).toEqual(['actionPlan.0.deadline', 'actionPlan.0.what']);
  });

  it('lets a draft with a deadline before the start be saved', () => {
    expect(draft.safeParse({ actionPlan: [{ ...row, deadline: '2027-01-01' }] }).success).toBe(true);
  });

  it('asks for a lead in a complete plan only', () => {
    const noLead = { ...row, leadPartnerId: '' };
    const result = complete.safeParse({ actionPlan: [noLead, { ...row, id: 'a2' }] });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['actionPlan', 0, 'leadPartnerId'], message: 'Kies wie de leiding heeft.' }),
    ]);
    expect(draft.safeParse({ actionPlan: [noLead] }).success).toBe(true);
  });

  it(`refuses more than ${ACTION_ROWS_MAX} rows, even in a draft, naming the list`, () => {
    const many = Array.from({ length: 500 }, (_, i) => newActionRow({ id: `r${i}` }));
    const result = draft.safeParse({ actionPlan: many });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['actionPlan'], message: `Hoogstens ${ACTION_ROWS_MAX} rijen.` }),
    ]);
  });

  it('checks types and lengths of each field', () => {
    expect(paths(draft.safeParse({ actionPlan: [{ ...row, status: 'klaar' }] }))).toEqual(['actionPlan.0.status']);
    expect(paths(draft.safeParse({ actionPlan: [{ ...row, stepId: 'stap-12' }] }))).toEqual(['actionPlan.0.stepId']);
  });

  it('keeps a negative number or a wrong date in a draft and names it when complete', () => {
    expect(draft.safeParse({ actionPlan: [{ ...row, hours: -1 }] }).success).toBe(true);
    expect(draft.safeParse({ actionPlan: [{ ...row, start: '11-01-2027' }] }).success).toBe(true);
    expect(paths(complete.safeParse({ actionPlan: [{ ...row, hours: -1 }] }))).toContain('actionPlan.0.hours');
    expect(paths(complete.safeParse({ actionPlan: [{ ...row, start: '11-01-2027' }] }))).toContain('actionPlan.0.start');
  });
});
