import type { z } from 'zod';
import { stepsNl } from '#src/i18n/nl/steps';
import type { Mode } from './fields';
import type { Partner, PartnerKind } from './partners';

export const STEP_IDS = [
  'initiatief',
  'aanspreekpunten',
  'financiering',
  'visie',
  'taakverdeling',
  'signalen',
  'faciliteiten',
  'bekendheid',
  'kennisdelen',
  'evaluatie',
  'structurele-financiering',
] as const;
export type StepId = (typeof STEP_IDS)[number];
export const isStepId = (v: unknown): v is StepId => typeof v === 'string' && (STEP_IDS as readonly string[]).includes(v);

export const STEP_STATUSES = ['leeg', 'bezig', 'afgerond'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

export type Track = 'starten' | 'versterken';
export const TRACKS: Record<Track, { title: string; intro: string }> = stepsNl.tracks;

/** How a step is named wherever another part of the app refers to it ("Stap 8: Maak de samenwerking bekend"). */
export interface StepInfo {
  id: StepId;
  number: number;
  title: string;
}

/** What a step's warnings may look at besides its own data (steps never import each other). */
export interface WarningContext {
  steps: Partial<Record<StepId, Record<string, unknown>>>;
  /** The partner organisations named in step 1 (the form always provides them). */
  partners?: Partner[];
}

export interface StepWarning {
  id: string;
  message: string;
}

/** Text every step provides; steps add their own field labels next to these. */
export interface StepCopyBase {
  title: string;
  /** Why the step matters and who acts, in a few sentences. */
  intro: string;
  /** One-line summary for the overview. */
  summary: string;
}

/** How a step takes part in the signed agreement. */
export interface AgreementRole {
  /** `required`: must be complete before a version can be frozen; `optional`: printed when filled. */
  role: 'required' | 'optional';
  /** When only part of a required step must be complete (step 10: the evaluation schedule). */
  requiredSchema?: z.ZodType;
  /** Working data, not agreement text: not hashed, and still editable after signing (evaluation rounds). */
  operationalKeys?: readonly string[];
}

export interface StepDefinition<Data extends Record<string, unknown> = Record<string, unknown>> {
  id: StepId;
  number: number;
  track: Track;
  aanZet: readonly PartnerKind[];
  copy: StepCopyBase;
  /** Complete schema: marking the step afgerond requires it to parse. */
  schema: z.ZodType<Data>;
  /** Draft schema: what autosave accepts. */
  draftSchema: z.ZodType<Partial<Data>>;
  /** Warnings shown live while filling in; never blocking. */
  warnings?: (data: Partial<Data>, ctx: WarningContext) => StepWarning[];
  agreement: AgreementRole;
}

export function defineStep<Data extends Record<string, unknown>>(def: {
  id: StepId;
  number: number;
  track: Track;
  aanZet: readonly PartnerKind[];
  copy: StepCopyBase;
  build: (mode: Mode) => z.ZodType<Data>;
  warnings?: (data: Partial<Data>, ctx: WarningContext) => StepWarning[];
  agreement: AgreementRole;
}): StepDefinition<Data> {
  const { build, ...rest } = def;
  // Built on first use: building all eleven steps' schemas up front costs a page load a long task,
  // and a page needs only the steps it validates.
  let schema: z.ZodType<Data> | undefined;
  let draftSchema: z.ZodType<Partial<Data>> | undefined;
  return {
    ...rest,
    get schema() {
      return (schema ??= build('complete'));
    },
    get draftSchema() {
      return (draftSchema ??= build('draft') as z.ZodType<Partial<Data>>);
    },
  };
}
