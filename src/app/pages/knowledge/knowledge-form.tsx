import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { ButtonGroup, Button } from '@utrecht/component-library-react';
import { z } from '#src/domain/zod-nl';
import { knowledgeActivityBody, type KnowledgeActivity, type KnowledgeActivityBody } from '#src/domain/working/api';
import { partnersFromInitiatief } from '#src/domain/dossier';
import { CheckboxesField } from '#src/forms/choice-fields';
import { DateField, NumberField, SelectField, TextAreaField, TextField } from '#src/forms/fields';
import { StepForm } from '#src/forms/step-form';
import { SubmitBar } from '#src/forms/submit-bar';
import { copy as step9 } from '#steps/09-kennisdelen/copy';
import { useDossier } from '#src/app/dossier-context';
import { followUpPageNl } from '#src/i18n/nl/follow-up-page';
import { plannedActivities } from './planned-activities';

const k = followUpPageNl.knowledge;
const f = k.fields;

/** The fields as the form holds them; `prefix` keeps the add form's ids apart from an edit form's. */
export const knowledgeValues = (a?: KnowledgeActivity): KnowledgeActivityBody => ({
  heldOn: a?.heldOn ?? '',
  kind: a?.kind ?? ('' as KnowledgeActivityBody['kind']),
  kindOther: a?.kindOther ?? '',
  topic: a?.topic ?? '',
  partnerIds: a?.partnerIds ?? [],
  participants: a?.participants ?? null,
  notes: a?.notes ?? '',
  activityId: a?.activityId ?? '',
});

function KindOther({ prefix }: { prefix: string }) {
  const kind = useWatch({ name: `${prefix}.kind` });
  return kind === 'anders' ? <TextField name={`${prefix}.kindOther`} label={f.kindOther} /> : null;
}

/**
 * One knowledge activity held: to record a new one or change one. Checked with the server's own
 * schema; what the server answers (a change made meanwhile, a partner who left) shows above the button.
 */
export function KnowledgeForm({
  prefix,
  initial,
  submitLabel,
  busy,
  error,
  onSubmit,
  onCancel,
}: {
  prefix: string;
  initial: KnowledgeActivityBody;
  submitLabel: string;
  busy: boolean;
  error: string;
  onSubmit: (body: KnowledgeActivityBody) => void;
  onCancel?: () => void;
}) {
  const { sync } = useDossier();
  const schema = useMemo(() => z.object({ [prefix]: knowledgeActivityBody }), [prefix]);
  const partners = useMemo(
    () => partnersFromInitiatief(sync.valuesFor('initiatief')).map((p) => ({ value: p.id, label: p.name })),
    [sync],
  );
  const planned = useMemo(() => plannedActivities(sync.valuesFor('kennisdelen')), [sync]);
  const name = (field: keyof KnowledgeActivityBody) => `${prefix}.${field}`;
  return (
    <StepForm
      schema={schema}
      defaultValues={{ [prefix]: initial }}
      onSubmit={(values) => onSubmit(knowledgeActivityBody.parse(values[prefix]) as KnowledgeActivityBody)}
      actions={
        <div className="sw-kn-actions">
          <SubmitBar label={submitLabel} busy={busy} busyText={k.busy} error={error} />
          {onCancel && (
            <ButtonGroup>
              <Button type="button" appearance="subtle-button" onClick={onCancel} disabled={busy}>
                {k.cancel}
              </Button>
            </ButtonGroup>
          )}
        </div>
      }
    >
      <DateField name={name('heldOn')} label={f.heldOn} />
      <SelectField name={name('kind')} label={f.kind} options={step9.activityKinds} />
      <KindOther prefix={prefix} />
      <TextField name={name('topic')} label={f.topic} hint={f.topicHint} />
      {partners.length > 0 && <CheckboxesField name={name('partnerIds')} label={f.partnerIds} options={partners} optional />}
      <NumberField name={name('participants')} label={f.participants} hint={f.participantsHint} integer optional />
      <TextAreaField name={name('notes')} label={f.notes} hint={f.notesHint} optional rows={3} />
      {planned.length > 0 && <SelectField name={name('activityId')} label={f.activityId} options={planned} optional />}
    </StepForm>
  );
}
