import type { z } from 'zod';
import type { Partner } from '#src/domain/partners';
import { STEP_IDS, type StepDefinition, type StepId } from '#src/domain/step';
import { isEmptyData } from '#src/domain/step-status';
import { changedKeys } from '#src/domain/merge';
import { filledIssues, type FieldIssue } from '#src/domain/filled-issues';
import { partnersFromInitiatief } from '#src/domain/dossier';

/** What a version of the agreement consists of: hashed as canonical JSON, printed in the PDF. */
export interface AgreementContent {
  title: string;
  gemeente: string;
  partners: Partner[];
  /** Required steps always; optional steps only when filled. Operational data left out. */
  steps: Partial<Record<StepId, Record<string, unknown>>>;
}

export interface MissingItem {
  stepId: StepId;
  path: (string | number)[];
  message: string;
}

/**
 * What still blocks freezing, field by field, so the review page can link to it: every required part
 * that is missing or wrong, and anything filled in that is wrong, also in optional steps (they are
 * printed as filled, and drafts keep whatever was typed).
 */
export function missingForFreeze(
  steps: readonly StepDefinition[],
  data: Partial<Record<StepId, Record<string, unknown>>>,
): MissingItem[] {
  return steps.flatMap((step) => {
    const required: FieldIssue[] =
      step.agreement.role === 'required' ? allIssues(step.agreement.requiredSchema ?? step.schema, data[step.id] ?? {}) : [];
    const known = new Set(required.map((i) => i.path.join('.')));
    const wrong = filledIssues(step.schema, withoutKeys(data[step.id] ?? {}, step.agreement.operationalKeys)).filter(
      (i) => !known.has(i.path.join('.')),
    );
    return [...required, ...wrong].map((i) => ({ stepId: step.id, ...i }));
  });
}

function allIssues(schema: z.ZodType, values: unknown): FieldIssue[] {
  return (schema.safeParse(values).error?.issues ?? []).map((i) => ({
    path: i.path.map((p) => (typeof p === 'number' ? p : String(p))),
    message: i.message,
  }));
}

const withoutKeys = (data: Record<string, unknown>, keys: readonly string[] = []) =>
  Object.fromEntries(Object.entries(data).filter(([k]) => !keys.includes(k)));

/** The agreement text of a dossier as it stands: the input to freezing. */
export function agreementContent(
  steps: readonly StepDefinition[],
  dossier: { title: string; gemeente: string; partners: Partner[] },
  data: Partial<Record<StepId, Record<string, unknown>>>,
): AgreementContent {
  const included: AgreementContent['steps'] = {};
  for (const step of steps) {
    const stepData = withoutKeys(data[step.id] ?? {}, step.agreement.operationalKeys);
    if (step.agreement.role === 'required' || !isEmptyData(stepData)) included[step.id] = stepData;
  }
  return { title: dossier.title, gemeente: dossier.gemeente, partners: dossier.partners, steps: included };
}

/**
 * The agreement text of a dossier as it stands: its title and gemeente, the partner organisations of
 * step 1 and the steps' data. The one way to build it from a dossier (freezing, the draft PDF, the
 * review page, the PDF warm-up); `agreementContent` is what it assembles.
 */
export function dossierAgreementContent(
  steps: readonly StepDefinition[],
  dossier: { title: string; gemeente: string },
  data: Partial<Record<StepId, Record<string, unknown>>>,
): AgreementContent {
  const { title, gemeente } = dossier;
  return agreementContent(steps, { title, gemeente, partners: partnersFromInitiatief(data.initiatief) }, data);
}

/** Per step, what changed between two versions: the amendment diff. */
export function diffContent(previous: AgreementContent, next: AgreementContent) {
  return STEP_IDS.flatMap((stepId) => {
    const changed = changedKeys(previous.steps[stepId] ?? {}, next.steps[stepId] ?? {});
    return changed.length
      ? [{ stepId, keys: changed, before: previous.steps[stepId] ?? {}, after: next.steps[stepId] ?? {} }]
      : [];
  });
}
