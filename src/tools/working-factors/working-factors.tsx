import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { get, useFormContext, useWatch } from 'react-hook-form';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { collaborationTypeOf } from '#src/domain/step-readers';
import { SelectField, TextAreaField, TextField } from '#src/forms/fields';
import { NoPartnersNote, PartnerSelectField } from '#src/forms/partner-select-field';
import { RowList } from '#src/forms/row-list';
import { useStepContext } from '#src/forms/step-context';
import { ToolFieldset } from '#src/ui/tool-fieldset';
import { applicableFactors, type CustomFactorInput, type RespondentInput } from './compute';
import { Comparison } from './comparison';
import { workingFactorsCopy as copy } from './copy';
import { RespondentScores } from './scoring';

/**
 * When an own factor is removed, its scores go too: a complete step refuses scores for factors that
 * no longer exist, and nobody could see or change them any more.
 */
function usePruneScoresOfRemovedFactors(name: string, customIds: readonly string[]) {
  const { getValues, setValue } = useFormContext();
  // The ids as one string (ids hold no spaces): the array is new on every render, the ids rarely change.
  const key = customIds.join(' ');
  const previous = useRef(key);
  useEffect(() => {
    const ids = key.split(' ');
    const removed = previous.current.split(' ').filter((id) => id && !ids.includes(id));
    previous.current = key;
    if (removed.length === 0) return;
    const respondents = (getValues(`${name}.respondents`) ?? []) as RespondentInput[];
    respondents.forEach((r, i) => {
      if (!r.scores || !removed.some((id) => id in r.scores!)) return;
      const kept = Object.fromEntries(Object.entries(r.scores).filter(([id]) => !removed.includes(id)));
      setValue(`${name}.respondents.${i}.scores`, kept, { shouldDirty: true });
    });
  }, [key, name, getValues, setValue]);
}

/**
 * After a failed submit, opens the scores of the first respondent whose scores have an error, so the
 * error summary's links lead to visible fields.
 */
function useOpenRespondentWithErrors(name: string, open: (id: string) => void) {
  const { formState, getValues } = useFormContext();
  const { submitCount } = formState;
  // Reads the errors as they are, but only a new submit runs it: errors that change while typing
  // must not move the panel.
  const openFirstWithErrors = useEffectEvent(() => {
    const rows: unknown = get(formState.errors, `${name}.respondents`);
    if (!Array.isArray(rows)) return;
    const index = rows.findIndex((row) => !!(row as { scores?: unknown } | undefined)?.scores);
    if (index >= 0) open(getValues(`${name}.respondents.${index}.id`) as string);
  });
  useEffect(() => {
    if (submitCount) openFirstWithErrors();
  }, [submitCount]);
}

/** Whether a baseline round brought this respondent in: scored through their own link, or typed from paper. */
function RespondentSource({ prefix }: { prefix: string }) {
  const [entry, enteredBy] = useWatch({ name: [`${prefix}.entry`, `${prefix}.enteredBy`] }) as [unknown, unknown];
  if (entry === 'zelf') return <Paragraph className="sw-provenance">{copy.respondents.selfEntered}</Paragraph>;
  if (entry === 'papier')
    return (
      <Paragraph className="sw-provenance">
        {copy.respondents.paperEntered(typeof enteredBy === 'string' ? enteredBy : '')}
      </Paragraph>
    );
  return null;
}

/** Own factors back from their key: exactly the fields `applicableFactors` reads. */
const ownFactorsOf = (key: string): CustomFactorInput[] =>
  (JSON.parse(key) as [string?, string?, string?, string?][]).map(([id, label, cluster, explanation]) => ({
    id: id ?? undefined,
    label: label ?? undefined,
    cluster: cluster ?? null,
    explanation: explanation ?? undefined,
  }));

/**
 * Werkzame factoren: respondents of each partner score every factor for importance and presence;
 * partners add their own factors; a comparison shows partners side by side and the priorities.
 * Stored under `name` (see `factorAssessment` in schema.ts).
 */
export function WorkingFactors({ name }: { name: string }) {
  const ctx = useStepContext();
  const { getValues } = useFormContext();
  const custom = useWatch({ name: `${name}.customFactors` }) as CustomFactorInput[] | undefined;
  const collaborationType = collaborationTypeOf(ctx);
  // Recomputed only when what the factors show of own factors changes (not on every keystroke
  // elsewhere in the form); catalogue factors keep their identity.
  const customKey = JSON.stringify((custom ?? []).map((f) => [f.id, f.label, f.cluster, f.explanation]));
  const factors = useMemo(() => applicableFactors(collaborationType, ownFactorsOf(customKey)), [collaborationType, customKey]);
  usePruneScoresOfRemovedFactors(
    name,
    (custom ?? []).flatMap((f) => (f.id ? [f.id] : [])),
  );
  const [openId, setOpenId] = useState<string | null>(null);
  const [comparing, setComparing] = useState(false);
  useOpenRespondentWithErrors(name, setOpenId);
  const r = copy.respondents;
  const f = copy.custom;

  return (
    <ToolFieldset title={copy.legend} intro={copy.intro}>
      {ctx.BaselineRounds && <ctx.BaselineRounds />}
      <RowList
        name={`${name}.customFactors`}
        legend={f.legend}
        hint={f.hint}
        rowLabel={f.row}
        addLabel={f.add}
        emptyText={f.empty}
        newRow={() => ({ label: '', cluster: '', explanation: '' })}
      >
        {(prefix) => (
          // Scores refer to an own factor by its row id; the e2e keyboard filler reads it here.
          <div data-row-id={getValues(`${prefix}.id`) as string}>
            <TextField name={`${prefix}.label`} label={f.label.label} hint={f.label.hint} />
            <SelectField name={`${prefix}.cluster`} label={f.cluster.label} options={f.clusterOptions} optional />
            <TextAreaField name={`${prefix}.explanation`} label={f.explanation.label} rows={2} optional />
          </div>
        )}
      </RowList>
      <NoPartnersNote />
      <RowList
        name={`${name}.respondents`}
        legend={r.legend}
        hint={r.hint}
        rowLabel={r.row}
        addLabel={r.add}
        emptyText={r.empty}
        newRow={() => ({ partnerId: '', name: '', scores: {} })}
      >
        {(prefix, index) => {
          const id = getValues(`${prefix}.id`) as string;
          return (
            <>
              <RespondentSource prefix={prefix} />
              <PartnerSelectField name={`${prefix}.partnerId`} label={r.partner.label} noPartnersHint={false} />
              <TextField name={`${prefix}.name`} label={r.name.label} hint={r.name.hint} />
              <RespondentScores
                prefix={prefix}
                rowLabel={r.row(index)}
                factors={factors}
                open={openId === id}
                onToggle={() => setOpenId(openId === id ? null : id)}
              />
            </>
          );
        }}
      </RowList>
      <Button
        type="button"
        appearance="secondary-action-button"
        aria-expanded={comparing}
        onClick={() => setComparing(!comparing)}
      >
        {comparing ? copy.comparison.hide : copy.comparison.show}
      </Button>
      {comparing && <Comparison name={name} factors={factors} />}
    </ToolFieldset>
  );
}
