import type { z } from 'zod';
import type { Partner } from '../partners';
import { STEP_IDS, type StepDefinition, type StepId } from '../step';
import { isEmptyData } from '../step-status';
import { changedKeys } from '../merge';

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

/** Which required parts still block freezing, field by field, so the review page can link to them. */
export function missingForFreeze(steps: readonly StepDefinition[], data: Partial<Record<StepId, Record<string, unknown>>>): MissingItem[] {
  return steps.flatMap((step) => {
    if (step.agreement.role !== 'required') return [];
    const schema: z.ZodType = step.agreement.requiredSchema ?? step.schema;
    const result = schema.safeParse(data[step.id] ?? {});
    if (result.success) return [];
    return result.error.issues.map((i) => ({
      stepId: step.id,
      path: i.path.map((p) => (typeof p === 'number' ? p : String(p))),
      message: i.message,
    }));
  });
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

/** Per step, what changed between two versions: the amendment diff. */
export function diffContent(previous: AgreementContent, next: AgreementContent) {
  return STEP_IDS.flatMap((stepId) => {
    const changed = changedKeys(previous.steps[stepId] ?? {}, next.steps[stepId] ?? {});
    return changed.length ? [{ stepId, keys: changed, before: previous.steps[stepId] ?? {}, after: next.steps[stepId] ?? {} }] : [];
  });
}
