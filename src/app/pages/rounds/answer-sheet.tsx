import { useCallback, useMemo, useState } from 'react';
import { useSelector } from '@xstate/react';
import { Alert, Button, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import type { Round } from '#src/domain/evaluation/api';
import type { RoundFrame } from '#src/domain/evaluation/rounds';
import type { Partner } from '#src/domain/partners';
import { TextField } from '#src/forms/fields';
import { PartnerSelectField } from '#src/forms/partner-select-field';
import type { StepFormContext } from '#src/forms/step-context';
import { StepForm } from '#src/forms/step-form';
import type { AnswerSheet as Sheet } from '#src/sync/rounds-sync';
import { AutosaveStatus } from '#src/app/pages/step/autosave-status';
import { ConflictPanel } from '#src/app/pages/step/conflict-panel';
import { roundsNl } from '#src/i18n/nl/rounds';
import { BaselineFields } from './baseline-fields';
import { EvaluationFields } from './evaluation-fields';
import { sheetSchema } from './sheet-schema';

const s = roundsNl.sheet;

export interface AnswerSheetProps {
  sheet: Sheet;
  round: Round;
  frame: RoundFrame;
  readOnly: boolean;
  /** Ask the person's name: the link does not name them (the owner's link never does). */
  askName: boolean;
}

/**
 * One person's answers in a round (their own, or a paper form typed in for them), autosaved like a
 * step by the sheet's own actor: "Opslaan… / Opgeslagen om 14:03 / Niet opgeslagen — opnieuw
 * proberen", unsent input kept in this browser, and when the same answers were saved elsewhere
 * meanwhile, both versions side by side. The form mounts afresh when the server's answers replace it.
 */
export function AnswerSheet(props: AnswerSheetProps) {
  const { actor } = props.sheet;
  const replaced = useSelector(actor, (snap) => snap.context.replaced);
  const status = useSelector(actor, (snap) => snap.context.server.status);
  // Typed here but never saved, and now the round is closed: said, not shown as if it were kept.
  const late = useSelector(actor, (snap) => props.readOnly && snap.context.pending !== null);
  return (
    <div className="sw-answer-sheet">
      {late && (
        <Alert type="warning">
          <Paragraph>{s.late}</Paragraph>
        </Alert>
      )}
      {!props.readOnly && <AutosaveStatus actor={actor} conflictTitle={s.conflict.conflictTitle} />}
      {!props.readOnly && status === 'afgerond' && (
        <Alert type="ok">
          <Paragraph>{s.completed}</Paragraph>
        </Alert>
      )}
      {!props.readOnly && <ConflictPanel actor={actor} texts={s.conflict} />}
      <SheetForm key={`${replaced}-${props.readOnly}`} {...props} />
    </div>
  );
}

function SheetForm({ sheet, round, frame, readOnly, askName }: AnswerSheetProps) {
  const { actor, paper } = sheet;
  // Read once per mount: unsent input wins over what the server has, unless nothing can be sent any more.
  const [defaultValues] = useState(() => {
    const ctx = actor.getSnapshot().context;
    return readOnly ? ctx.server.data : (ctx.pending ?? ctx.server.data);
  });
  const context = useMemo<StepFormContext>(
    () => ({ partners: frame.partners as Partner[], steps: {}, actionRows: frame.actions }),
    [frame],
  );
  const onChange = useCallback((data: Record<string, unknown>) => actor.send({ type: 'EDIT', data }), [actor]);
  const onSubmit = useCallback((data: Record<string, unknown>) => actor.send({ type: 'COMPLETE', data }), [actor]);
  return (
    <StepForm
      schema={sheetSchema(round.kind, paper)}
      defaultValues={defaultValues}
      onChange={readOnly ? undefined : onChange}
      onSubmit={onSubmit}
      readOnly={readOnly}
      context={context}
      actions={
        !readOnly && (
          <div className="sw-sheet-actions">
            <Paragraph>{s.doneHint}</Paragraph>
            <Button type="submit" appearance="primary-action-button">
              {s.done}
            </Button>
          </div>
        )
      }
    >
      {!readOnly && <Paragraph>{s.allOptional}</Paragraph>}
      {paper ? (
        <Fieldset className="sw-sheet-part">
          <FieldsetLegend>{roundsNl.paper.who}</FieldsetLegend>
          <PartnerSelectField name="partnerId" label={roundsNl.paper.partner.label} />
          <TextField name="person" label={roundsNl.paper.person.label} hint={roundsNl.paper.person.hint} />
        </Fieldset>
      ) : (
        askName && <TextField name="answers.name" label={s.name.label} hint={s.name.hint} autoComplete="name" />
      )}
      {round.kind === 'evaluatie' ? <EvaluationFields frame={frame} /> : <BaselineFields frame={frame} />}
    </StepForm>
  );
}
