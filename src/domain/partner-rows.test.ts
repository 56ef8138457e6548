import { describe, expect, it } from 'vitest';
import { partnerKindsOf, partnerRef } from './partner-rows';
import type { Partner } from './partners';

const partners: Partner[] = [
  { id: 'g', kind: 'gemeente', name: 'Gemeente Zaanstad' },
  { id: 's', kind: 'school', name: '  ' },
  { id: 'j', kind: 'jongerenwerk', name: 'Jongerenwerk Zaanstad' },
];

describe('partnerRef', () => {
  it('may be empty in a draft, must be chosen when complete', () => {
    expect(partnerRef('draft').safeParse(undefined).success).toBe(true);
    expect(partnerRef('draft').safeParse('').success).toBe(true);
    expect(partnerRef('complete').safeParse('').error?.issues[0].message).toBe('Kies een organisatie.');
    expect(partnerRef('complete').safeParse('s').success).toBe(true);
    expect(partnerRef('complete', { optional: true }).safeParse(undefined).success).toBe(true);
    expect(partnerRef('draft').safeParse('x'.repeat(65)).success).toBe(false);
  });
});

describe('partnerKindsOf', () => {
  it('ignores empty and unknown ids', () => {
    expect([...partnerKindsOf(partners, ['j', '', undefined, 'weg', 'j'])]).toEqual(['jongerenwerk']);
  });
});
