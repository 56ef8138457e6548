import { z } from '#src/domain/zod-nl';
import { LIMITS } from '#src/domain/fields';
import { LIFECYCLE_STATES } from '#src/domain/agreement/lifecycle.machine';
import { workspaceNl } from '#src/i18n/nl/workspace';
import { validationNl } from '#src/i18n/nl/validation';

/**
 * Request and response shapes of the workspace API: one organisation's dossiers together. A workspace
 * has its own secret links (the owner's, and invites that may manage or only read); a link acts on the
 * workspace's dossiers as their owner (beheren) or as a reader (lezen). Shared by server and client.
 */

export const WORKSPACE_KINDS = ['gemeente', 'jongerenwerkorganisatie', 'schoolbestuur'] as const;
export type WorkspaceKind = (typeof WORKSPACE_KINDS)[number];

export const WORKSPACE_ROLES = ['beheren', 'lezen'] as const;
export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number];

const errors = workspaceNl.errors;

const shortText = (message: string) =>
  z.string({ error: message }).trim().min(1, message).max(LIMITS.short, validationNl.tooLong(LIMITS.short));

export const createWorkspaceBody = z
  .object({ title: shortText(errors.title), kind: z.enum(WORKSPACE_KINDS, { error: errors.kind }) })
  .strict();
export type CreateWorkspaceBody = z.infer<typeof createWorkspaceBody>;

/** A new link: its token is shown this once (only its hash is stored). */
export const linkCreatedSchema = z.object({ id: z.string(), token: z.string(), link: z.string() });
export type LinkCreated = z.infer<typeof linkCreatedSchema>;

/** The workspace link: the token travels in the fragment, never to the server's logs. */
export const workspaceLink = (workspaceId: string, token: string) => `/w/${workspaceId}#${token}`;

/** The caller of a workspace request (never the token). */
export const workspaceMeSchema = z.object({
  kind: z.enum(['owner', 'invite']),
  role: z.enum(WORKSPACE_ROLES),
  linkId: z.string(),
  name: z.string().nullable(),
});
export type WorkspaceMe = z.infer<typeof workspaceMeSchema>;

type Caller = Pick<WorkspaceMe, 'kind' | 'role'>;

/** The rules, in one place: the server enforces them, the client shows only what works. */
export const canWorkspace = {
  /** Create, attach, detach dossiers; act as owner of them. */
  manage: (me: Caller) => me.role === 'beheren',
  /** Invite links, export, erase, the calendar feed: the owner link only. */
  own: (me: Caller) => me.kind === 'owner',
};

export const workspaceDossierSchema = z.object({ id: z.string(), title: z.string(), addedAt: z.string() });

export const workspaceSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(WORKSPACE_KINDS),
  createdAt: z.string(),
  me: workspaceMeSchema,
  dossiers: z.array(workspaceDossierSchema),
});
export type Workspace = z.infer<typeof workspaceSchema>;

export const workspaceInviteBody = z
  .object({
    role: z.enum(WORKSPACE_ROLES, { error: errors.role }),
    name: z.string().trim().max(LIMITS.short, validationNl.tooLong(LIMITS.short)).optional(),
  })
  .strict();
export type WorkspaceInviteBody = z.infer<typeof workspaceInviteBody>;

export const workspaceInviteSchema = z.object({
  id: z.string(),
  role: z.enum(WORKSPACE_ROLES),
  name: z.string().nullable(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});
export type WorkspaceInvite = z.infer<typeof workspaceInviteSchema>;

/** A new dossier in the workspace; `template`: a dossier of the workspace to copy the start from. */
export const createWorkspaceDossierBody = z
  .object({
    title: shortText(errors.dossierTitle),
    gemeente: shortText(errors.gemeente),
    template: z.string().max(64).optional(),
  })
  .strict();
export type CreateWorkspaceDossierBody = z.infer<typeof createWorkspaceDossierBody>;

/** A dossier link as pasted: the whole address or only `/d/<id>#<token>`. */
const DOSSIER_LINK = /\/d\/([A-Za-z0-9_-]{1,64})(?:\/[^#\s]*)?#([A-Za-z0-9_-]{16,512})\s*$/;

export function parseDossierLink(text: string): { id: string; token: string } | null {
  const m = DOSSIER_LINK.exec(text.trim());
  return m ? { id: m[1]!, token: m[2]! } : null;
}

export const attachDossierBody = z
  .object({
    link: z
      .string({ error: errors.link })
      .max(2000, errors.link)
      .refine((v) => parseDossierLink(v) !== null, errors.link),
  })
  .strict();
export type AttachDossierBody = z.infer<typeof attachDossierBody>;

export const deleteWorkspaceBody = z
  .object({ confirmTitle: z.string({ error: errors.confirmTitle }).max(500, errors.confirmTitle) })
  .strict();

export const fundingPeriodSchema = z.object({
  id: z.string(),
  name: z.string(),
  from: z.string(),
  to: z.string().nullable(),
  structural: z.boolean(),
});

/** One dossier as the portfolio shows it. */
export const portfolioRowSchema = z.object({
  id: z.string(),
  title: z.string(),
  gemeente: z.string(),
  schools: z.array(z.string()),
  lifecycle: z.enum(LIFECYCLE_STATES),
  stepsDone: z.number().int(),
  stepsTotal: z.number().int(),
  /** The partner organisations something waits for: akkoord on a step while drafting, a signature while up for signing. */
  aanZet: z.array(z.string()),
  nextRound: z.object({ number: z.number().int(), date: z.string() }).nullable(),
  overdueActions: z.number().int(),
  /** Whole months until temporary money runs out (0 once it has); null without an end date. */
  fundingMonthsLeft: z.number().int().nullable(),
  fundingEndsOn: z.string().nullable(),
  hasStructural: z.boolean(),
  searchStart: z.string().nullable(),
  searchStarted: z.boolean(),
  fundingPeriods: z.array(fundingPeriodSchema),
});
export type PortfolioRow = z.infer<typeof portfolioRowSchema>;

export const portfolioSchema = z.object({ today: z.string(), rows: z.array(portfolioRowSchema) });
export type Portfolio = z.infer<typeof portfolioSchema>;

/** The latest closed evaluation round of every dossier, side by side: one row per measure. */
export const resultsOverviewSchema = z.object({
  dossiers: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      round: z.object({ number: z.number().int().nullable(), date: z.string() }).nullable(),
    }),
  ),
  measures: z.array(
    z.object({
      id: z.string(),
      group: z.string(),
      title: z.string(),
      unit: z.enum(['score', 'percent', 'count']),
      /** Per dossier in the order above: the value, or null where that round has no figure for it. */
      values: z.array(z.object({ value: z.number(), n: z.number().int() }).nullable()),
    }),
  ),
});
export type ResultsOverview = z.infer<typeof resultsOverviewSchema>;

export const workspaceFeedSchema = z.object({ active: z.boolean(), createdAt: z.string().nullable() });
export const workspaceFeedCreatedSchema = z.object({ token: z.string(), path: z.string(), createdAt: z.string() });
