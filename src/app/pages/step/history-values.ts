/**
 * The history shows what people chose, not what the dossier stores: option codes become their labels
 * ("tweewekelijks" → "Elke twee weken"), partner ids the partner's name. The labels come from every
 * choice list in the step's copy and the catalogue; a code that two lists label differently, or that
 * no list knows, is shown as stored.
 */
import { FACTORS } from '#src/domain/catalogue/factors';
import { FUNDING_ROUTES } from '#src/domain/catalogue/funding-routes';
import { INTRODUCTION_ACTIONS } from '#src/domain/catalogue/introduction-actions';
import { OCCASIONS } from '#src/domain/catalogue/occasions';
import { SIGNAL_CHANNELS } from '#src/domain/catalogue/signal-channels';
import { SIGNAL_KINDS } from '#src/domain/catalogue/signal-kinds';

import type { StepId } from '#src/domain/step';
import { actionPlanCopy } from '#src/tools/action-plan/copy';
import { ACTION_PLAN_KEY } from '#src/tools/action-plan/schema';
import { conversationCopy } from '#src/tools/conversation-card/copy';
import { evaluationCopy } from '#src/tools/evaluation-list/copy';
import { workingFactorsCopy } from '#src/tools/working-factors/copy';

/** The tools' copy under the key their data has in a step, so the history names a tool's fields too. */
const TOOL_COPY: Record<string, unknown> = {
  [ACTION_PLAN_KEY]: actionPlanCopy,
  conversation: conversationCopy,
  factors: workingFactorsCopy,
  checkpoints: evaluationCopy,
};

/** Where the history looks up a field's label: the step's copy, and the copy of the tools it hosts. */
export const historyCopy = (stepCopy: object): Record<string, unknown> => ({ ...TOOL_COPY, ...stepCopy });

type Choice = { value: string; label: string };
const factorChoices: Choice[] = FACTORS.map((f) => ({ value: f.id, label: f.label }));
/** The catalogue lists each step offers (its copy holds the rest). */
const CATALOGUE: Partial<Record<StepId, readonly (readonly Choice[])[]>> = {
  initiatief: [OCCASIONS],
  visie: [factorChoices],
  taakverdeling: [factorChoices],
  signalen: [SIGNAL_KINDS, SIGNAL_CHANNELS],
  bekendheid: [INTRODUCTION_ACTIONS],
  'structurele-financiering': [FUNDING_ROUTES],
};
const isChoiceList = (v: unknown): v is Choice[] =>
  Array.isArray(v) &&
  v.length > 0 &&
  v.every(
    (o) =>
      typeof o === 'object' && o !== null && typeof (o as Choice).value === 'string' && typeof (o as Choice).label === 'string',
  );

export function choiceLabels(
  stepId: StepId | null,
  copy: unknown,
  partners: readonly { id: string; name: string }[],
): Map<string, string> {
  const labels = new Map<string, string>();
  const ambiguous = new Set<string>();
  const add = (value: string, label: string) => {
    const known = labels.get(value);
    if (known !== undefined && known !== label) ambiguous.add(value);
    else labels.set(value, label);
  };
  const walk = (node: unknown, depth: number) => {
    if (depth > 6 || typeof node !== 'object' || node === null) return;
    if (isChoiceList(node)) return node.forEach((o) => add(o.value, o.label));
    Object.values(node).forEach((v) => walk(v, depth + 1));
  };
  walk(copy, 0);
  for (const list of (stepId && CATALOGUE[stepId]) || []) list.forEach((o) => add(o.value, o.label));
  partners.forEach((p) => add(p.id, p.name));
  ambiguous.forEach((v) => labels.delete(v));
  return labels;
}
