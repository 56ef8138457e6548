import { useMemo } from 'react';
import { Heading3, Paragraph } from '@utrecht/component-library-react';
import { formatDateNl } from '#src/domain/funding';
import { useStepContext } from '#src/forms/step-context';
import { actionPlanCopy } from './copy';
import { prefillLabels } from './labels';
import { followUp } from './prefill';
import { Facts, PrefillSection } from './prefill-section';

const t = actionPlanCopy.partC;

/** Part C, read-only: how often partners meet about signals (step 6) and when they evaluate (step 10). */
export function FollowUp() {
  const { steps } = useStepContext();
  const c = useMemo(() => followUp(steps, prefillLabels), [steps]);
  const s = c.signals;
  const e = c.evaluation;
  const anonymous = s.anonymousFirst === null ? '' : s.anonymousFirst ? t.yes : t.no;
  return (
    <section aria-labelledby="actieplan-c" className="sw-action-plan-part">
      <Heading3 id="actieplan-c">{t.title}</Heading3>
      <Paragraph>{t.intro}</Paragraph>
      <PrefillSection
        id="actieplan-signalen"
        title={t.signals}
        stepId="signalen"
        empty={!c.meetingFrequency && !s.schoolReceiver && !s.youthWorkReceiver && !s.channel && !anonymous}
      >
        <Facts
          items={[
            [t.meetingFrequency, c.meetingFrequency],
            [t.schoolReceiver, s.schoolReceiver],
            [t.youthWorkReceiver, s.youthWorkReceiver],
            [t.channel, s.channel],
            [t.anonymousFirst, anonymous],
          ]}
        />
      </PrefillSection>
      <PrefillSection
        id="actieplan-evaluatie"
        title={t.evaluation}
        stepId="evaluatie"
        empty={!e.firstDate && !e.frequency && e.checkpoints.length === 0}
      >
        <Facts
          items={[
            [t.firstEvaluation, e.firstDate ? formatDateNl(e.firstDate) : ''],
            [t.evaluationFrequency, e.frequency],
            [t.checkpoints, e.checkpoints.map(formatDateNl).join(', ')],
          ]}
        />
      </PrefillSection>
    </section>
  );
}
