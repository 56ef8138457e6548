import { planRowsOf } from '#src/domain/working/action-plan';
import { copy as step9 } from '#steps/09-kennisdelen/copy';

/** What kind of activity it was, in words: the plan's form, or the one described. */
export const kindText = (a: { kind?: unknown; kindOther?: unknown }) =>
  a.kind === 'anders' && typeof a.kindOther === 'string' && a.kindOther.trim()
    ? a.kindOther.trim()
    : (step9.activityKinds.find((o) => o.value === a.kind)?.label ?? String(a.kind ?? ''));

/** Step 9's planned activities (its saved data, possibly partial), each as "Vorm: onderwerp". */
export function plannedActivities(kennisdelen: Record<string, unknown>): { value: string; label: string }[] {
  return planRowsOf(kennisdelen.activities).map((r) => {
    const topic = typeof r.topic === 'string' ? r.topic.trim() : '';
    return { value: r.id as string, label: [kindText(r), topic].filter(Boolean).join(': ') };
  });
}
