import { describe, expect, it } from 'vitest';
import { build, warnings } from './schema';

const issuePaths = (r: { error?: { issues: { path: PropertyKey[] }[] } }) => (r.error?.issues ?? []).map((i) => i.path.join('.'));

const complete = build('complete');
const draft = build('draft');

const row = {
  id: 'r1',
  partnerId: 'g',
  contactName: 'Fatima el Amrani',
  contactJobTitle: 'Beleidsadviseur jeugd',
  contactEmail: 'f.elamrani@gemeente.nl',
  contactPhone: '030 123 45 67',
  standInName: 'Joost de Vries',
  standInJobTitle: 'Beleidsmedewerker',
  standInEmail: 'j.devries@gemeente.nl',
  standInPhone: '',
};
const valid = { contacts: [row], handover: 'De leidinggevende wijst binnen twee weken een opvolger aan en mailt alle partners.' };

const partners = [
  { id: 'g', kind: 'gemeente' as const, name: 'Gemeente Zaanstad' },
  { id: 's', kind: 'school' as const, name: 'Zaanlands Lyceum' },
];
const paths = (r: { error?: { issues: { path: PropertyKey[] }[] } }) => r.error?.issues.map((i) => i.path.join('.')) ?? [];

describe('step 2 schema', () => {
  it('accepts an empty draft', () => {
    expect(draft.safeParse({}).success).toBe(true);
    expect(draft.safeParse({ contacts: [{ id: 'x', partnerId: '' }] }).success).toBe(true);
  });

  it('accepts a complete, valid step, also without a stand-in', () => {
    expect(complete.safeParse(valid).success).toBe(true);
    const bare = { ...row, standInName: '', standInJobTitle: '', standInEmail: '', standInPhone: '' };
    expect(complete.safeParse({ ...valid, contacts: [bare] }).success).toBe(true);
  });

  it('requires at least one contact row and the handover', () => {
    expect(paths(complete.safeParse({ ...valid, contacts: [] }))).toContain('contacts');
    expect(paths(complete.safeParse({ ...valid, handover: ' ' }))).toContain('handover');
  });

  it.each(['contactName', 'contactJobTitle', 'contactEmail', 'contactPhone'])('requires %s of the contact person', (field) => {
    const result = complete.safeParse({ ...valid, contacts: [{ ...row, [field]: '' }] });
    expect(paths(result)).toEqual([`contacts.0.${field}`]);
  });

  it('requires the organisation of each row', () => {
    const result = complete.safeParse({ ...valid, contacts: [{ ...row, partnerId: '' }] });
    expect(result.error?.issues[0]).toMatchObject({
      path: ['contacts', 0, 'partnerId'],
      message: 'Kies de organisatie van dit aanspreekpunt.',
    });
  });

  it('allows one row per organisation', () => {
    const result = complete.safeParse({ ...valid, contacts: [row, { ...row, id: 'r2' }] });
    expect(paths(result)).toEqual(['contacts.1.partnerId']);
  });

  it('asks for the stand-in name once other stand-in fields are filled', () => {
    const result = complete.safeParse({ ...valid, contacts: [{ ...row, standInName: ' ' }] });
    expect(paths(result)).toEqual(['contacts.0.standInName']);
  });

  it('shows every message at once: row checks do not wait for other fields', () => {
    const result = complete.safeParse({
      contacts: [{ ...row, partnerId: '', contactEmail: 'geen-adres', standInName: '', standInPhone: '06 12345678' }],
      handover: 42,
    });
    expect(paths(result).sort()).toEqual([
      'contacts.0.contactEmail',
      'contacts.0.partnerId',
      'contacts.0.standInName',
      'handover',
    ]);
  });

  it('checks types and lengths even in a draft', () => {
    expect(draft.safeParse({ contacts: [{ id: 'x', contactName: 'x'.repeat(201) }] }).success).toBe(false);
    expect(draft.safeParse({ handover: 'x'.repeat(10_001) }).success).toBe(false);
    expect(draft.safeParse({ contacts: [{ partnerId: 'g' }] }).success).toBe(false);
  });

  it('keeps a wrong format in a draft and names it when complete', () => {
    expect(draft.safeParse({ contacts: [{ id: 'x', contactEmail: 'geen-adres' }] }).success).toBe(true);
    expect(issuePaths(complete.safeParse({ contacts: [{ id: 'x', contactEmail: 'geen-adres' }] }))).toContain(
      'contacts.0.contactEmail',
    );
    expect(draft.safeParse({ contacts: [{ id: 'x', standInPhone: 'bel maar' }] }).success).toBe(true);
    expect(issuePaths(complete.safeParse({ contacts: [{ id: 'x', standInPhone: 'bel maar' }] }))).toContain(
      'contacts.0.standInPhone',
    );
  });
});

describe('step 2 warnings', () => {
  const ids = (data: Parameters<typeof warnings>[0], ctx: Parameters<typeof warnings>[1] = { steps: {} }) =>
    warnings(data, ctx).map((w) => w.id);

  it('warns about a contact person without a stand-in', () => {
    const result = warnings({ contacts: [{ ...row, standInName: '  ' }] }, { steps: {} });
    expect(result).toHaveLength(1);
    expect(result[0].id).toBe('geen-vervanger-r1');
    expect(result[0].message).toContain('Fatima el Amrani');
  });

  it('does not warn while the contact name is still empty, or when the stand-in is named', () => {
    expect(ids({ contacts: [{ ...row, contactName: '', standInName: '' }] })).toEqual([]);
    expect(ids(valid)).toEqual([]);
    expect(ids({})).toEqual([]);
  });

  it('names every partner that has no contact row yet', () => {
    const result = warnings(valid, { steps: {}, partners });
    expect(result.map((w) => w.id)).toEqual(['geen-aanspreekpunt-s']);
    expect(result[0].message).toContain('Zaanlands Lyceum');
  });

  it('reads the partners from step 1 when the context does not carry them', () => {
    const initiatief = { partners: [{ id: 'j', kind: 'jongerenwerk', name: 'Jongerenwerk Oost' }] };
    expect(ids(valid, { steps: { initiatief } })).toEqual(['geen-aanspreekpunt-j', 'onbekende-partner-r1']);
  });

  it('flags a row whose organisation was removed in step 1', () => {
    expect(ids({ contacts: [{ ...row, partnerId: 'weg' }] }, { steps: {}, partners: partners.slice(0, 1) })).toEqual([
      'geen-aanspreekpunt-g',
      'onbekende-partner-r1',
    ]);
  });
});
