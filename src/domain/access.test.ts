import { describe, expect, it } from 'vitest';
import { can, createInviteBody, freezeBody, inviteFormSchema, inviteLink } from './access';

const owner = { kind: 'owner' as const, role: 'bewerken' as const, tekenbevoegd: false, partnerId: 'g' };
const editor = { kind: 'invite' as const, role: 'bewerken' as const, tekenbevoegd: false, partnerId: 's' };
const reader = { ...editor, role: 'lezen' as const };
const signer = { ...editor, tekenbevoegd: true };

describe('who may do what', () => {
  it('lets editing links write and give akkoord, never a reading link', () => {
    expect([owner, editor, signer].every(can.edit)).toBe(true);
    expect(can.edit(reader)).toBe(false);
    expect(can.approve(reader)).toBe(false);
    expect(can.approve({ ...editor, partnerId: null })).toBe(false);
  });

  it('keeps access management and the override for the owner', () => {
    expect(can.manageAccess(owner)).toBe(true);
    expect(can.override(owner)).toBe(true);
    expect([editor, reader, signer].some((m) => can.manageAccess(m) || can.override(m))).toBe(false);
  });

  it('lets only a signing link of that organisation sign for it', () => {
    expect(can.signFor(signer, 's')).toBe(true);
    expect(can.signFor(signer, 'g')).toBe(false);
    expect(can.signFor(editor, 's')).toBe(false);
    expect(can.signFor({ ...owner, tekenbevoegd: true }, 'g')).toBe(false);
    expect(can.signFor({ ...reader, tekenbevoegd: true }, 's')).toBe(false);
  });
});

describe('invite input', () => {
  it('accepts a partner, a role, the signing right and an optional name', () => {
    expect(createInviteBody.parse({ partner: 'p', role: 'bewerken', tekenbevoegd: true, name: '  Jan  ' })).toEqual({
      partner: 'p',
      role: 'bewerken',
      tekenbevoegd: true,
      name: 'Jan',
    });
    expect(createInviteBody.safeParse({ partner: 'p', role: 'lezen', tekenbevoegd: false }).success).toBe(true);
  });

  it('refuses a reading link that may sign, naming the field, in Dutch', () => {
    for (const schema of [inviteFormSchema, createInviteBody]) {
      const r = schema.safeParse({ partner: 'p', role: 'lezen', tekenbevoegd: true });
      expect(r.success).toBe(false);
      expect(r.error!.issues[0]).toMatchObject({ path: ['tekenbevoegd'], message: expect.stringMatching(/bewerken/) });
    }
  });

  it('refuses unknown roles and fields', () => {
    expect(createInviteBody.safeParse({ partner: 'p', role: 'eigenaar', tekenbevoegd: false }).success).toBe(false);
    expect(createInviteBody.safeParse({ partner: 'p', role: 'lezen', tekenbevoegd: false, token: 'x' }).success).toBe(false);
    expect(createInviteBody.safeParse({ partner: '', role: 'lezen', tekenbevoegd: false }).success).toBe(false);
  });

  it('puts the token in the fragment of the link', () => {
    expect(inviteLink('abc', 'tok')).toBe('/d/abc#tok');
  });
});

describe('freeze body', () => {
  it('is empty, or an override with a reason', () => {
    expect(freezeBody.parse({})).toEqual({});
    expect(freezeBody.parse({ override: { reason: ' Haast ' } })).toEqual({ override: { reason: 'Haast' } });
    expect(freezeBody.safeParse({ override: { reason: ' ' } }).success).toBe(false);
    expect(freezeBody.safeParse({ override: {} }).success).toBe(false);
  });
});
