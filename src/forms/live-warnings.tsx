import { useWatch } from 'react-hook-form';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { StepWarning, WarningContext } from '#src/domain/step';
import { useStepContext } from './step-context';

/**
 * Warnings the plan asks for, recomputed as the user types. They never block saving or completing:
 * partners may knowingly start with less, but they should see it.
 */
export function LiveWarnings({ compute }: { compute: (values: any, ctx: WarningContext) => StepWarning[] }) {
  const values = useWatch();
  const ctx = useStepContext();
  const warnings = compute(values ?? {}, ctx);
  return (
    <div className="sw-warnings">
      {warnings.map((w) => (
        <Alert key={w.id} type="warning">
          <Paragraph>{w.message}</Paragraph>
        </Alert>
      ))}
    </div>
  );
}
