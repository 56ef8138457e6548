import { useMemo } from 'react';
import { Heading3, Paragraph } from '@utrecht/component-library-react';
import { useStepContext } from '#src/forms/step-context';
import { actionPlanCopy } from './copy';
import { prefillLabels } from './labels';
import { startingPoint } from './prefill';
import { Facts, Items, PrefillSection } from './prefill-section';

const t = actionPlanCopy.partA;

/** Part A, read-only: the starting point as steps 1, 2 and 4 describe it. */
export function StartingPoint() {
  const { steps, partners } = useStepContext();
  const a = useMemo(() => startingPoint(steps, partners, prefillLabels), [steps, partners]);
  const target = a.targetGroup;
  return (
    <section aria-labelledby="actieplan-a" className="sw-action-plan-part">
      <Heading3 id="actieplan-a">{t.title}</Heading3>
      <Paragraph>{t.intro}</Paragraph>
      <PrefillSection
        id="actieplan-aanleiding"
        title={t.occasion}
        stepId="initiatief"
        empty={a.occasions.length === 0 && !a.occasionExplanation}
      >
        <Items items={a.occasions} />
        {a.occasionExplanation && <Paragraph className="sw-prewrap">{a.occasionExplanation}</Paragraph>}
      </PrefillSection>
      <PrefillSection id="actieplan-vorm" title={t.collaborationType} stepId="initiatief" empty={!a.collaborationType}>
        <Paragraph>{a.collaborationType}</Paragraph>
      </PrefillSection>
      <PrefillSection id="actieplan-doelen" title={t.goals} stepId="visie" empty={a.goals.length === 0}>
        <Items
          items={a.goals.map((g) => (
            <>
              {g.goal}
              {g.indicator && (
                <>
                  <br />
                  <span className="sw-muted">
                    {t.goalIndicator} {g.indicator}
                  </span>
                </>
              )}
            </>
          ))}
        />
      </PrefillSection>
      <PrefillSection
        id="actieplan-doelgroep"
        title={t.targetGroup}
        stepId="visie"
        empty={!target.schoolYears && target.levels.length === 0 && !target.notes}
      >
        <Facts
          items={[
            [t.schoolYears, target.schoolYears],
            [t.levels, target.levels.join(', ')],
            [t.targetGroupNotes, target.notes],
          ]}
        />
      </PrefillSection>
      <PrefillSection id="actieplan-aanspreekpunten" title={t.contacts} stepId="aanspreekpunten" empty={a.contacts.length === 0}>
        <Items
          items={a.contacts.map((c) =>
            [c.partner, [c.name, c.jobTitle].filter(Boolean).join(', '), c.email, c.phone].filter(Boolean).join(' · '),
          )}
        />
      </PrefillSection>
      <PrefillSection
        id="actieplan-prioriteiten"
        title={t.priorities}
        stepId="visie"
        empty={a.priorities.length === 0}
        emptyText={t.prioritiesEmpty}
      >
        <Items items={a.priorities.map((p) => p.label)} />
      </PrefillSection>
    </section>
  );
}
