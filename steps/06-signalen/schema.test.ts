import { describe, expect, it } from 'vitest';
import { build } from './schema';

const issuePaths = (r: { error?: { issues: { path: PropertyKey[] }[] } }) => (r.error?.issues ?? []).map((i) => i.path.join('.'));

const complete = build('complete');
const draft = build('draft');

const valid = {
  signalKinds: ['verzuim', 'gedrag', 'thuissituatie'],
  signalKindsOther: '',
  schoolReceiver: 'Zorgcoördinator, Sanne Bakker',
  youthWorkReceiver: 'Jongerenwerker op school, Yusuf Demir',
  channels: ['overleg', 'telefoon'],
  channel: 'Mondeling in het signaleringsoverleg; tussendoor telefonisch.',
  meetingFrequency: 'tweewekelijks',
  meetingFrequencyOther: '',
  anonymousFirst: true,
  consentRules: 'Vanaf 16 jaar vraagt de jongerenwerker de jongere zelf om toestemming en noteert dat in het dossier.',
  acuteRoute: 'De aandachtsfunctionaris van school volgt de stappen van de Meldcode.',
  acuteContactName: 'Aandachtsfunctionaris meldcode',
  acuteContactEmail: '',
  acuteContactPhone: '0800-2000',
  radicalisationRoute: '',
  radicalisationContactName: 'Meldpunt zorg en radicalisering',
  radicalisationContactEmail: 'radicalisering@gemeente.nl',
  radicalisationContactPhone: '',
  privacyCovenant: false,
} as const;
const paths = (r: { error?: { issues: { path: PropertyKey[] }[] } }) => r.error?.issues.map((i) => i.path.join('.')) ?? [];

describe('step 6 schema', () => {
  it('accepts an empty draft', () => {
    expect(draft.safeParse({}).success).toBe(true);
    expect(draft.safeParse({ signalKinds: [], meetingFrequency: '', anonymousFirst: null, acuteContactPhone: '' }).success).toBe(
      true,
    );
  });

  it('accepts a complete, valid step', () => {
    expect(complete.safeParse(valid).success).toBe(true);
  });

  it.each([
    ['signalKinds', []],
    ['schoolReceiver', ''],
    ['youthWorkReceiver', ' '],
    ['channels', []],
    ['meetingFrequency', ''],
    ['anonymousFirst', null],
    ['consentRules', ''],
    ['acuteRoute', ''],
    ['acuteContactName', ''],
    ['radicalisationContactName', ''],
    ['privacyCovenant', null],
  ])('requires %s', (field, empty) => {
    expect(paths(complete.safeParse({ ...valid, [field]: empty }))).toEqual([field]);
  });

  it('asks to describe other signals and another frequency', () => {
    expect(paths(complete.safeParse({ ...valid, signalKinds: ['anders'] }))).toEqual(['signalKindsOther']);
    expect(complete.safeParse({ ...valid, signalKinds: ['anders'], signalKindsOther: 'Weinig eten' }).success).toBe(true);
    expect(paths(complete.safeParse({ ...valid, meetingFrequency: 'anders' }))).toEqual(['meetingFrequencyOther']);
  });

  it('needs an e-mail address or phone number for each route', () => {
    const result = complete.safeParse({ ...valid, acuteContactPhone: '', radicalisationContactEmail: '' });
    expect(paths(result)).toEqual(['acuteContactPhone', 'radicalisationContactPhone']);
    expect(result.error?.issues[0].message).toBe('Vul een e-mailadres of een telefoonnummer in.');
    expect(complete.safeParse({ ...valid, acuteContactEmail: 'zorg@school.nl', acuteContactPhone: '' }).success).toBe(true);
  });

  it('leaves the explanation of the channels and the radicalisation route optional', () => {
    expect(complete.safeParse({ ...valid, channel: '', radicalisationRoute: '' }).success).toBe(true);
  });

  it('checks types and lengths even in a draft', () => {
    expect(draft.safeParse({ channels: ['whatsapp'] }).success).toBe(false);
    expect(draft.safeParse({ signalKinds: ['naam-van-leerling'] }).success).toBe(false);
    expect(draft.safeParse({ meetingFrequency: 'dagelijks' }).success).toBe(false);
    expect(draft.safeParse({ consentRules: 'x'.repeat(10_001) }).success).toBe(false);
    expect(draft.safeParse({ privacyCovenant: 'ja' }).success).toBe(false);
  });

  it('keeps a wrong format in a draft and names it when complete', () => {
    expect(draft.safeParse({ acuteContactPhone: 'bellen' }).success).toBe(true);
    expect(issuePaths(complete.safeParse({ acuteContactPhone: 'bellen' }))).toContain('acuteContactPhone');
    expect(draft.safeParse({ radicalisationContactEmail: 'meldpunt' }).success).toBe(true);
    expect(issuePaths(complete.safeParse({ radicalisationContactEmail: 'meldpunt' }))).toContain('radicalisationContactEmail');
  });

  it('has no place for data about an individual young person', () => {
    const keys = Object.keys(complete.shape ?? {});
    expect(keys.some((k) => /leerling|jongere|student|bsn|geboorte/i.test(k))).toBe(false);
  });
});
