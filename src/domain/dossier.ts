import { z } from './zod-nl';
import { LIMITS } from './fields';
import { createNl } from '#src/i18n/nl/create';
import { validationNl } from '#src/i18n/nl/validation';
import { PARTNER_KINDS, type Partner } from './partners';
import { STEP_IDS, STEP_STATUSES, type StepId, type StepStatus } from './step';
import { lifecycleState, versionSchema, type Version } from './agreement/api';
import type { LifecycleState } from './agreement/lifecycle.machine';
import { approvalSchema, meSchema, type Approval, type Me } from './access';

/** Request and response shapes of the dossier API; the server validates with these, the client types with them. */

export const createDossierBody = z
  .object({
    title: z
      .string({ error: createNl.errors.title })
      .trim()
      .min(1, createNl.errors.title)
      .max(LIMITS.short, validationNl.tooLong(LIMITS.short)),
    gemeente: z
      .string({ error: createNl.errors.gemeente })
      .trim()
      .min(1, createNl.errors.gemeente)
      .max(LIMITS.short, validationNl.tooLong(LIMITS.short)),
  })
  .strict();
export type CreateDossierBody = z.infer<typeof createDossierBody>;

export const createDossierResponse = z.object({ id: z.string(), token: z.string(), link: z.string() });
export type CreateDossierResponse = z.infer<typeof createDossierResponse>;

/** Envelope of a step save; `data` itself is validated with the step's own schema. */
export const putStepBody = z
  .object({
    data: z.record(z.string(), z.unknown()),
    baseRevision: z.number().int().min(0),
    complete: z.boolean().optional(),
  })
  .strict();
export type PutStepBody = z.infer<typeof putStepBody>;

export const partnerSchema = z.object({ id: z.string(), kind: z.enum(PARTNER_KINDS), name: z.string() });

export const stepStateSchema = z.object({
  data: z.record(z.string(), z.unknown()),
  revision: z.number().int(),
  status: z.enum(STEP_STATUSES),
  updatedAt: z.string().nullable(),
});
export type StepState = z.infer<typeof stepStateSchema>;

/** A step as GET /api/dossiers/:id returns it: with the partners' akkoord on its current revision. */
export const dossierStepSchema = stepStateSchema.extend({ approvals: z.array(approvalSchema) });
export type DossierStep = StepState & { approvals: Approval[] };

export const dossierSchema = z.object({
  id: z.string(),
  title: z.string(),
  gemeente: z.string(),
  createdAt: z.string(),
  partners: z.array(partnerSchema),
  steps: z.record(z.enum(STEP_IDS), dossierStepSchema),
  lifecycle: lifecycleState,
  versions: z.array(versionSchema),
  me: meSchema,
  /** With RETENTION_MONTHS set: when the dossier was last touched and whether that is past the period. */
  retention: z.object({ lastActivity: z.string(), months: z.number().int(), flagged: z.boolean() }).nullable().optional(),
  /** An example dossier ("Voorbeeld bekijken") disappears at this time; null for a real dossier. */
  expiresAt: z.string().nullable().optional(),
});
export interface Dossier {
  id: string;
  title: string;
  gemeente: string;
  createdAt: string;
  partners: Partner[];
  steps: Record<StepId, DossierStep>;
  lifecycle: LifecycleState;
  versions: Version[];
  /** Who the caller is: owner or invite, for which partner, with which rights. */
  me: Me;
  /** With RETENTION_MONTHS set: when the dossier was last touched and whether that is past the period (owner's page). */
  retention?: { lastActivity: string; months: number; flagged: boolean } | null;
  /** An example dossier ("Voorbeeld bekijken") disappears at this time; null (or absent) for a real dossier. */
  expiresAt?: string | null;
}

export const putStepResponse = z.object({
  revision: z.number().int(),
  status: z.enum(STEP_STATUSES),
  updatedAt: z.string(),
  data: z.record(z.string(), z.unknown()),
});
export type PutStepResponse = z.infer<typeof putStepResponse>;

export const conflictResponse = z.object({
  error: z.string(),
  current: stepStateSchema,
  conflictingFields: z.array(z.string()),
  /** Each conflicting value with its path (keys and row ids) and both sides. */
  conflicts: z
    .array(z.object({ path: z.array(z.union([z.string(), z.number()])), mine: z.unknown(), theirs: z.unknown() }))
    .optional(),
});
export type ConflictResponse = z.infer<typeof conflictResponse>;

export const errorResponse = z.object({
  error: z.string(),
  issues: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() })).optional(),
});

export type { StepStatus };

/** Partners as the dossier knows them: the organisations named in step 1. */
export function partnersFromInitiatief(data: Record<string, unknown> | undefined): Partner[] {
  const rows = Array.isArray(data?.partners) ? (data.partners as Record<string, unknown>[]) : [];
  return rows
    .filter((r) => typeof r.id === 'string' && (PARTNER_KINDS as readonly string[]).includes(r.kind as string))
    .map((r) => ({ id: r.id as string, kind: r.kind as Partner['kind'], name: typeof r.name === 'string' ? r.name : '' }));
}
