import { z } from './zod-nl';
import { LIMITS } from './fields';
import { accessNl } from '#src/i18n/nl/access';
import { validationNl } from '#src/i18n/nl/validation';

/**
 * Who may do what in a dossier. The dossier link of its creator is the owner; every other link is an
 * invite for one partner organisation with a role and, optionally, the right to sign for it.
 * Shared by the server (which enforces it) and the client (which only hides what would be refused).
 */

export const INVITE_ROLES = ['bewerken', 'lezen'] as const;
export type InviteRole = (typeof INVITE_ROLES)[number];

export const ROLE_LABELS: Record<InviteRole, string> = accessNl.roles;

const errors = accessNl.errors;

/** The caller of a request, as the server resolved it from the Bearer token (never the token itself). */
export const meSchema = z.object({
  kind: z.enum(['owner', 'invite']),
  inviteId: z.string().nullable(),
  /** The partner organisation the caller acts for; the owner acts for the gemeente of step 1. */
  partnerId: z.string().nullable(),
  partnerName: z.string().nullable(),
  role: z.enum(INVITE_ROLES),
  tekenbevoegd: z.boolean(),
  /** The person the link was made for, when the owner named one. */
  name: z.string().nullable(),
});
export type Me = z.infer<typeof meSchema>;

const inviteFields = z.object({
  role: z.enum(INVITE_ROLES, { error: errors.role }),
  tekenbevoegd: z.boolean(),
  name: z.string().trim().max(LIMITS.short, validationNl.tooLong(LIMITS.short)).optional(),
});

const signerEdits = (v: { role: InviteRole; tekenbevoegd: boolean }, ctx: z.RefinementCtx) => {
  // Signing is a write; a read-only link that may sign would be refused when it tries.
  if (v.tekenbevoegd && v.role !== 'bewerken')
    ctx.addIssue({ code: 'custom', path: ['tekenbevoegd'], message: errors.tekenbevoegdNeedsEdit });
};

/** The invite form: everything but the partner, which the page section already fixes. */
export const inviteFormSchema = inviteFields.superRefine(signerEdits);
export type InviteForm = z.infer<typeof inviteFormSchema>;

export const createInviteBody = inviteFields
  .extend({ partner: z.string({ error: errors.partner }).min(1, errors.partner).max(64, errors.partner) })
  .strict()
  .superRefine(signerEdits);
export type CreateInviteBody = z.infer<typeof createInviteBody>;

export const createInviteResponse = z.object({ id: z.string(), token: z.string(), link: z.string() });
export type CreateInviteResponse = z.infer<typeof createInviteResponse>;

/** An invite as the owner sees it in the list: never its token (only a hash is stored). */
export const inviteSchema = z.object({
  id: z.string(),
  partnerId: z.string(),
  role: z.enum(INVITE_ROLES),
  tekenbevoegd: z.boolean(),
  name: z.string().nullable(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});
export type Invite = z.infer<typeof inviteSchema>;

/** A partner's akkoord on one revision of a step; it counts only while that revision is current. */
export const approvalSchema = z.object({
  partnerId: z.string(),
  revision: z.number().int(),
  at: z.string(),
  name: z.string().nullable(),
});
export type Approval = z.infer<typeof approvalSchema>;

/** `revision`: the revision the caller saw; a newer one on the server means they approve something else (409). */
export const approvalBody = z.object({ revision: z.number().int().min(0).optional() }).strict();

export const overrideSchema = z
  .object({
    reason: z
      .string({ error: errors.reason })
      .trim()
      .min(1, errors.reason)
      .max(LIMITS.medium, validationNl.tooLong(LIMITS.medium)),
  })
  .strict();

/** POST /versions: empty, or with the owner's override of missing approvals. */
export const freezeBody = z.object({ override: overrideSchema.optional() }).strict();
export type FreezeBody = z.infer<typeof freezeBody>;

type Caller = Pick<Me, 'kind' | 'role' | 'tekenbevoegd' | 'partnerId'>;

/** The rules, in one place; the server enforces them, the client uses them to show only what works. */
export const can = {
  edit: (me: Caller) => me.role === 'bewerken',
  manageAccess: (me: Caller) => me.kind === 'owner',
  override: (me: Caller) => me.kind === 'owner',
  /** Withdrawing a version up for signing voids partners' signatures: the owner or a signing link only. */
  withdraw: (me: Caller) => me.kind === 'owner' || (me.role === 'bewerken' && me.tekenbevoegd),
  approve: (me: Caller) => me.role === 'bewerken' && me.partnerId !== null,
  /** Only a signing link of that very organisation; the owner link never signs. */
  signFor: (me: Caller, partnerId: string) =>
    me.kind === 'invite' && me.role === 'bewerken' && me.tekenbevoegd && me.partnerId === partnerId,
};

/** The dossier link of an invite: the token travels in the fragment, never to the server's logs. */
export const inviteLink = (dossierId: string, token: string) => `/d/${dossierId}#${token}`;
