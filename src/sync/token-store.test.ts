import { beforeEach, describe, expect, it } from 'vitest';
import { currentExample, forgetDossier, knownDossiers, linksFor, rememberDossier, tokenFor } from './token-store';

const owner = { id: 'd1', token: 'o'.repeat(43), title: 'Samen in Noord', who: 'eigenaar, namens Gemeente Utrecht' };
const invite = { id: 'd1', token: 'i'.repeat(43), title: 'Samen in Noord', who: 'Sanne de Wit, Het Stedelijk Lyceum' };
const other = { id: 'd2', token: 'x'.repeat(43), title: 'Samen in Zuid' };

describe('links kept in this browser', () => {
  beforeEach(() => localStorage.clear());

  it('keeps every link to a dossier; the one opened last is in use', async () => {
    rememberDossier(owner);
    await new Promise((r) => setTimeout(r, 5));
    rememberDossier(invite);
    expect(tokenFor('d1')).toBe(invite.token);
    expect(linksFor('d1').map((d) => d.who)).toEqual([invite.who, owner.who]);
    // Opening the owner link again makes it the one in use, without losing the invite.
    await new Promise((r) => setTimeout(r, 5));
    rememberDossier(owner);
    expect(tokenFor('d1')).toBe(owner.token);
    expect(linksFor('d1')).toHaveLength(2);
  });

  it('forgets one link, or all links to a dossier', () => {
    rememberDossier(owner);
    rememberDossier(invite);
    rememberDossier(other);
    forgetDossier('d1', invite.token);
    expect(linksFor('d1').map((d) => d.token)).toEqual([owner.token]);
    forgetDossier('d1');
    expect(knownDossiers().map((d) => d.id)).toEqual(['d2']);
  });

  it('ignores what it cannot read', () => {
    localStorage.setItem('samenwerkwijzer:dossiers', '{kapot');
    expect(knownDossiers()).toEqual([]);
    expect(tokenFor('d1')).toBeUndefined();
  });

  it('reuses an example while it has a while left; opening it again keeps its expiry', () => {
    const now = new Date('2026-12-07T12:00:00Z');
    rememberDossier(other);
    expect(currentExample(now)).toBeUndefined();
    rememberDossier({ id: 'ex', token: 'e'.repeat(43), title: 'Voorbeeld', expiresAt: '2026-12-08T11:00:00Z' });
    // The dossier page remembers it again without the expiry: it stays an example.
    rememberDossier({ id: 'ex', token: 'e'.repeat(43), title: 'Voorbeeld', who: 'eigenaar' });
    expect(currentExample(now)?.id).toBe('ex');
    // Less than an hour left: make a new one rather than show one about to vanish.
    expect(currentExample(new Date('2026-12-08T10:30:00Z'))).toBeUndefined();
  });
});
