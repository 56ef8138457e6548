import { describe, expect, it } from 'vitest';
import { conversationCard } from './schema';

const complete = conversationCard('complete');
const draft = conversationCard('draft');

describe('conversation card schema', () => {
  it('accepts nothing, notes only, or agreements', () => {
    expect(complete.safeParse({}).success).toBe(true);
    expect(complete.safeParse({ themes: { kennismaken: { notes: 'Fijn gesprek.' } } }).success).toBe(true);
    expect(
      complete.safeParse({ themes: { signalen: { notes: '', agreements: [{ id: 'a', text: 'Eerst anoniem.' }] } } }).success,
    ).toBe(true);
  });

  it('requires the text of an agreement in a complete step, not in a draft', () => {
    const data = { themes: { signalen: { agreements: [{ id: 'a', text: '' }] } } };
    expect(complete.safeParse(data).error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['themes.signalen.agreements.0.text', 'Vul dit veld in.'],
    ]);
    expect(draft.safeParse(data).success).toBe(true);
  });

  it('refuses unknown themes in a complete step with a clear message, but keeps them in a draft', () => {
    const data = { themes: { weg: { notes: 'oud' } } };
    expect(complete.safeParse(data).error?.issues.map((i) => i.message)).toEqual([
      "Er staan aantekeningen bij gespreksthema's die niet (meer) bestaan: weg.",
    ]);
    expect(draft.safeParse(data).success).toBe(true);
  });

  it('checks types and lengths even in a draft', () => {
    expect(draft.safeParse({ themes: { visie: { notes: 'x'.repeat(10_001) } } }).success).toBe(false);
    expect(draft.safeParse({ themes: { visie: { agreements: [{ id: 'a', text: 'x'.repeat(1001) }] } } }).success).toBe(false);
    expect(draft.safeParse({ themes: { 'Geen Id!': {} } }).success).toBe(false);
  });
});
