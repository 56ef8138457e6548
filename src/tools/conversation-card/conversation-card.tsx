import { useMemo, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import {
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { newRowId } from '#src/domain/fields';
import { TextAreaField } from '#src/forms/fields';
import { RowList } from '#src/forms/row-list';
import { useStepContext } from '#src/forms/step-context';
import { ProvenanceNote } from '#src/ui/provenance-note';
import { ToolFieldset } from '#src/ui/tool-fieldset';
import { newActionRow } from '#src/tools/action-plan/schema';
import { actionTexts, appendToVision, textKey, visionContains } from './agreements';
import { conversationCopy as copy } from './copy';
import { THEMES, type ConversationTheme } from './themes';

type Act = (prefix: string, themeId: string) => void;

function ThemeFields({
  name,
  theme,
  status,
  toVision,
  toAction,
}: {
  name: string;
  theme: ConversationTheme;
  status: string;
  toVision?: Act;
  toAction?: Act;
}) {
  const base = `${name}.themes.${theme.id}`;
  const actions = [
    { text: copy.toVision, act: toVision },
    { text: copy.toAction, act: toAction },
  ].filter((a): a is { text: string; act: Act } => !!a.act);
  const rowLabel = copy.agreements.row(theme.short);
  return (
    <Fieldset className="sw-theme">
      <FieldsetLegend>
        <Heading3 className="sw-theme-heading">{theme.title}</Heading3>
      </FieldsetLegend>
      <ProvenanceNote provenance={theme.provenance} texts={copy.provenance} />
      <Paragraph className="sw-prompts-title">{copy.prompts}</Paragraph>
      <UnorderedList>
        {theme.prompts.map((prompt) => (
          <UnorderedListItem key={prompt}>{prompt}</UnorderedListItem>
        ))}
      </UnorderedList>
      <TextAreaField
        name={`${base}.notes`}
        label={copy.notes.label}
        labelDetail={copy.notes.detail(theme.short)}
        rows={3}
        optional
      />
      <RowList
        name={`${base}.agreements`}
        legend={copy.agreements.legend}
        rowLabel={rowLabel}
        addLabel={copy.agreements.add(theme.short)}
        emptyText={copy.agreements.empty}
        newRow={() => ({ text: '' })}
      >
        {(prefix, index) => (
          <>
            <TextAreaField name={`${prefix}.text`} label={copy.agreements.text.label} rows={2} />
            {actions.length > 0 && (
              <ButtonGroup>
                {actions.map(({ text, act }) => (
                  <Button
                    key={text}
                    type="button"
                    appearance="subtle-button"
                    aria-label={copy.buttonLabel(rowLabel(index), text)}
                    onClick={() => act(prefix, theme.id)}
                  >
                    {text}
                  </Button>
                ))}
              </ButtonGroup>
            )}
          </>
        )}
      </RowList>
      <Paragraph role="status" className="sw-tool-status">
        {status}
      </Paragraph>
    </Fieldset>
  );
}

/**
 * Gesprekskaart: themes with prompts; per theme notes and agreements. An agreement can be appended to
 * the vision (`visionField` of the same form) or become a row of the action plan, linked to this step.
 */
export function ConversationCard({ name, visionField }: { name: string; visionField: string }) {
  const { stepId, actionRows, addActionRows } = useStepContext();
  const { getValues, setValue, formState } = useFormContext();
  const saved = useMemo(() => actionTexts(actionRows), [actionRows]);
  const [added, setAdded] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState<{ themeId: string; message: string } | null>(null);
  const editable = !formState.disabled;

  const agreement = (prefix: string) => String(getValues(`${prefix}.text`) ?? '').trim();

  const toVision: Act = (prefix, themeId) => {
    const text = agreement(prefix);
    const vision = String(getValues(visionField) ?? '');
    let message = copy.status.toVision;
    if (!text) message = copy.status.empty;
    else if (visionContains(vision, text)) message = copy.status.alreadyInVision;
    else setValue(visionField, appendToVision(vision, text), { shouldDirty: true });
    setStatus({ themeId, message });
  };

  const toAction: Act = (prefix, themeId) => {
    const text = agreement(prefix);
    let message = copy.status.toAction;
    if (!text) message = copy.status.empty;
    else if (saved.has(textKey(text)) || added.has(textKey(text))) message = copy.status.alreadyAction;
    else {
      addActionRows?.([newActionRow({ id: newRowId(), what: text, stepId: stepId ?? '' })]);
      setAdded(new Set(added).add(textKey(text)));
    }
    setStatus({ themeId, message });
  };

  return (
    <ToolFieldset title={copy.legend} intro={copy.intro}>
      {THEMES.map((theme) => (
        <ThemeFields
          key={theme.id}
          name={name}
          theme={theme}
          status={status?.themeId === theme.id ? status.message : ''}
          toVision={editable ? toVision : undefined}
          toAction={editable && addActionRows ? toAction : undefined}
        />
      ))}
    </ToolFieldset>
  );
}
