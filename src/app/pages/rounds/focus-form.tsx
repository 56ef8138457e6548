import { useMemo } from 'react';
import { Paragraph } from '@utrecht/component-library-react';
import { z } from '#src/domain/zod-nl';
import { CHECKPOINT_KINDS } from '#src/domain/evaluation/atoms';
import type { Round } from '#src/domain/evaluation/api';
import { SelectField } from '#src/forms/fields';
import { StepForm } from '#src/forms/step-form';
import { SubmitBar } from '#src/forms/submit-bar';
import { useDossier } from '#src/app/dossier-context';
import { useAction } from '#src/app/use-action';
import { roundsNl } from '#src/i18n/nl/rounds';

const f = roundsNl.focus;
const schema = z.object({ focus: z.enum(CHECKPOINT_KINDS).or(z.literal('')).nullable() });

/** Plan, process or effect evaluation: what this round looks at (the Toolkit's labels), changeable until it closes. */
export function FocusForm({ round }: { round: Round }) {
  const { sync } = useDossier();
  const { busy, error, message, run } = useAction();
  const defaults = useMemo(() => ({ focus: round.focus ?? '' }), [round.focus]);
  return (
    <StepForm
      key={`${round.id}-${round.focus ?? ''}`}
      schema={schema}
      defaultValues={defaults}
      onSubmit={(values) =>
        run(async () => {
          const focus = schema.parse(values).focus;
          await sync.rounds.setFocus(round, focus || null);
          return f.saved;
        })
      }
      actions={
        <>
          <SubmitBar label={f.save} busy={busy} busyText={roundsNl.list.busy} error={error} />
          <Paragraph role="status" className="sw-form-note">
            {message?.kind === 'ok' ? message.text : ''}
          </Paragraph>
        </>
      }
    >
      <SelectField name="focus" label={f.label} hint={f.hint} options={f.options} optional />
    </StepForm>
  );
}
