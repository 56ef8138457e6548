import { useState } from 'react';
import { useSelector } from '@xstate/react';
import {
  Alert,
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Heading2,
  Paragraph,
  RadioButton,
  Textarea,
} from '@utrecht/component-library-react';
import type { StepSyncActor } from '#src/sync/autosave.machine';
import type { Choice } from '#src/sync/autosave.machine';
import { commonNl } from '#src/i18n/nl/common';
import { syncNl } from '#src/i18n/nl/sync';
import { pathKey, type Conflict, type Path } from '#src/domain/merge';
import { fieldId } from '#src/forms/field-id';
import './conflict-panel.css';

/** Turns row ids in a conflict path into row positions, as the form's field names use them. */
function formPath(path: Path, data: unknown): string {
  const out: (string | number)[] = [];
  let node: unknown = data;
  for (const part of path) {
    if (Array.isArray(node)) {
      const index = node.findIndex((r) => (r as { id?: string })?.id === part);
      out.push(index);
      node = node[index];
    } else {
      out.push(part);
      node = (node as Record<string, unknown> | undefined)?.[String(part)];
    }
  }
  return out.join('.');
}

/** The label the form shows for a field, read from the page so it matches exactly. */
function labelFor(path: Path, data: unknown): string {
  const name = formPath(path, data);
  const id = fieldId(name);
  const label =
    document.querySelector(`label[for="${id}"]`)?.textContent ??
    document.getElementById(id)?.closest('fieldset')?.querySelector('legend')?.textContent;
  return label?.trim() || name;
}

function Value({ value }: { value: unknown }) {
  if (value === undefined || value === null || value === '') return <em>{commonNl.empty}</em>;
  if (typeof value !== 'object') return <span className="sw-conflict-text">{String(value)}</span>;
  const entries = Array.isArray(value)
    ? value.map((v, i) => [String(i + 1), v] as const)
    : Object.entries(value).filter(([k]) => k !== 'id');
  return (
    <ul className="sw-conflict-list">
      {entries.map(([k, v]) => (
        <li key={k}>
          {typeof v === 'object' && v !== null
            ? Object.values(v)
                .filter((x) => typeof x === 'string' && x && x.length < 200)
                .join(' · ')
            : `${k}: ${String(v ?? '')}`}
        </li>
      ))}
    </ul>
  );
}

/**
 * Shown when another partner changed the same field: both versions side by side, and nothing is
 * overwritten until the user picks one or writes a combination.
 */
export function ConflictPanel({
  actor,
  texts = syncNl,
}: {
  actor: StepSyncActor;
  /** Other words where "the other" is not a partner (one's own answers in another window). */
  texts?: Pick<typeof syncNl, 'conflictTitle' | 'conflictIntro' | 'theirs' | 'takeTheirs'>;
}) {
  const conflict = useSelector(actor, (s) => (s.matches('conflict') ? s.context.conflict : null));
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  if (!conflict) return null;
  const details: Conflict[] = conflict.details.length
    ? conflict.details
    : conflict.fields.map((f) => ({ path: [f], mine: undefined, theirs: conflict.current.data[f] }));

  const choiceOf = (c: Conflict): Choice => choices[pathKey(c.path)] ?? { kind: 'mine' };
  const set = (c: Conflict, choice: Choice) => setChoices((all) => ({ ...all, [pathKey(c.path)]: choice }));

  return (
    <Alert type="warning" role="none" className="sw-conflict">
      <Heading2 id="conflict-titel" tabIndex={-1}>
        {texts.conflictTitle}
      </Heading2>
      <Paragraph>{texts.conflictIntro}</Paragraph>
      {details.map((c, index) => {
        const key = pathKey(c.path);
        const choice = choiceOf(c);
        const id = `conflict-${index}`;
        const canCombine =
          (typeof c.mine === 'string' || c.mine === undefined) && (typeof c.theirs === 'string' || c.theirs === undefined);
        return (
          <Fieldset key={key} className="sw-conflict-field">
            <FieldsetLegend>{labelFor(c.path, conflict.current.data)}</FieldsetLegend>
            <div className="sw-conflict-columns">
              <div>
                <Paragraph>
                  <strong>{syncNl.mine}</strong>
                </Paragraph>
                <Value value={c.mine} />
              </div>
              <div>
                <Paragraph>
                  <strong>{texts.theirs}</strong>
                </Paragraph>
                <Value value={c.theirs} />
              </div>
            </div>
            {(['mine', 'theirs'] as const).map((kind) => (
              <FormField key={kind} type="radio">
                <RadioButton id={`${id}-${kind}`} name={id} checked={choice.kind === kind} onChange={() => set(c, { kind })} />
                <FormLabel htmlFor={`${id}-${kind}`} type="radio">
                  {kind === 'mine' ? syncNl.keepMine : texts.takeTheirs}
                </FormLabel>
              </FormField>
            ))}
            {canCombine && (
              <FormField type="radio">
                <RadioButton
                  id={`${id}-value`}
                  name={id}
                  checked={choice.kind === 'value'}
                  onChange={() => set(c, { kind: 'value', value: [c.theirs, c.mine].filter(Boolean).join('\n\n') })}
                />
                <FormLabel htmlFor={`${id}-value`} type="radio">
                  {syncNl.combine}
                </FormLabel>
              </FormField>
            )}
            {choice.kind === 'value' && (
              <FormField>
                <FormLabel htmlFor={`${id}-combined`}>{syncNl.combined}</FormLabel>
                <Textarea
                  id={`${id}-combined`}
                  rows={5}
                  value={String(choice.value ?? '')}
                  onChange={(e) => set(c, { kind: 'value', value: e.target.value })}
                />
              </FormField>
            )}
          </Fieldset>
        );
      })}
      <ButtonGroup>
        <Button
          type="button"
          appearance="primary-action-button"
          // Every field as shown, the untouched ones too: the machine's own default is the other version.
          onClick={() =>
            actor.send({ type: 'RESOLVE', choices: Object.fromEntries(details.map((c) => [pathKey(c.path), choiceOf(c)])) })
          }
        >
          {syncNl.saveChoice}
        </Button>
      </ButtonGroup>
    </Alert>
  );
}
