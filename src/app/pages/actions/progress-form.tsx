import { useEffect, useMemo, useRef, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { z } from '#src/domain/zod-nl';
import { todayInAmsterdam } from '#src/domain/dates';
import { progressBody, type PlanAction } from '#src/domain/working/api';
import { DateField, SelectField, TextAreaField } from '#src/forms/fields';
import { StepForm } from '#src/forms/step-form';
import { Loading } from '#src/ui/loading';
import { statusOptions } from '#src/tools/action-plan/view';
import { ApiError } from '#src/sync/api';
import { clearProgressDraft, readProgressDraft, writeProgressDraft } from '#src/sync/progress-drafts';
import { actionsPageNl } from '#src/i18n/nl/actions-page';
import { useDossier } from '#src/app/dossier-context';
import { useAction } from '#src/app/use-action';
import {
  actionTitle,
  doneOnFor,
  fieldKey,
  progressBodyOf,
  progressRevision,
  progressValues,
  sameProgress,
  type ProgressValues,
} from './action-view';
import { ProgressConflict } from './progress-conflict';

const t = actionsPageNl.progress;

/** What the form's values were based on: the server's progress at that revision. */
interface Base {
  revision: number;
  values: ProgressValues;
}

const baseOf = (a: PlanAction): Base => ({ revision: progressRevision(a), values: progressValues(a) });

/**
 * The status, a note and the day done of one action, saved on "Voortgang opslaan" (one request per
 * action, so a person sees exactly what was stored). A change elsewhere is taken in while nothing is
 * typed here; otherwise the save meets it as a conflict and the person chooses.
 */
export function ProgressForm({ action, onSaved }: { action: PlanAction; onSaved: (a: PlanAction) => void }) {
  const { dossier, sync } = useDossier();
  const key = fieldKey(action.id);
  const what = actionTitle(action);
  const schema = useMemo(
    () =>
      z.object({
        [key]: z.object({
          status: progressBody.shape.status,
          note: progressBody.shape.note,
          doneOn: progressBody.shape.doneOn,
        }),
      }),
    [key],
  );
  // Input typed here before a reload comes back, on the revision it was typed against.
  const [draft] = useState(() => readProgressDraft(dossier.id, action.id));
  const [base, setBase] = useState<Base>(() =>
    draft ? { revision: draft.baseRevision, values: progressValues(action) } : baseOf(action),
  );
  /** Something typed here is not saved yet (and is kept in the browser). */
  const [dirty, setDirty] = useState(!!draft);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [conflict, setConflict] = useState<{ theirs: PlanAction; mine: ProgressValues } | null>(null);
  const { busy, error, run } = useAction();

  // Someone else saved while nothing was typed here: show theirs.
  const server = baseOf(action);
  if (server.revision !== base.revision && !dirty && !conflict) {
    setBase(server);
    setSavedAt(null);
  }

  const forget = () => {
    clearProgressDraft(dossier.id, action.id);
    setDirty(false);
  };
  const keep = (values: ProgressValues) => {
    if (sameProgress(values, base.values)) return forget();
    writeProgressDraft(dossier.id, action.id, { values, baseRevision: base.revision });
    setDirty(true);
  };

  const save = (values: ProgressValues, revision: number) =>
    run(async () => {
      try {
        const saved = await sync.setActionProgress(action.id, progressBodyOf(values, revision));
        setConflict(null);
        forget();
        setBase(baseOf(saved));
        setSavedAt(new Date().toISOString());
        onSaved(saved);
      } catch (e) {
        const current =
          e instanceof ApiError && e.status === 409 ? (e.body as { current?: PlanAction | null })?.current : undefined;
        if (!current) throw e;
        setConflict({ theirs: current, mine: values });
      }
    });

  const takeTheirs = (theirs: PlanAction) => {
    setConflict(null);
    forget();
    setBase(baseOf(theirs));
    setSavedAt(null);
    onSaved(theirs);
  };

  return (
    <div className="sw-progress">
      <StepForm
        schema={schema}
        defaultValues={{ [key]: base.values }}
        onChange={(values) => keep(values[key] as ProgressValues)}
        onSubmit={(values) => save(values[key] as ProgressValues, base.revision)}
        actions={
          <>
            <Paragraph role="status" className="sw-progress-state">
              {dirty ? t.unsaved : savedAt ? t.saved(savedAt) : ''}
            </Paragraph>
            {error && (
              <Alert type="error" role="alert">
                <Paragraph>{error}</Paragraph>
              </Alert>
            )}
            {busy && <Loading text={actionsPageNl.busy} />}
            <Button
              type="submit"
              appearance="primary-action-button"
              disabled={busy}
              aria-label={actionsPageNl.about(t.save, what)}
            >
              {t.save}
            </Button>
          </>
        }
      >
        <ProgressFields name={key} what={what} base={base} draft={draft?.values as ProgressValues | undefined} />
      </StepForm>
      {conflict && (
        <ProgressConflict
          what={what}
          theirs={conflict.theirs}
          mine={conflict.mine}
          busy={busy}
          onKeepMine={() => save(conflict.mine, progressRevision(conflict.theirs))}
          onTakeTheirs={() => takeTheirs(conflict.theirs)}
        />
      )}
    </div>
  );
}

/**
 * The fields, and what follows from them: the day done appears (today filled in) when the status
 * becomes gereed; the form takes a new base when it is not being edited, and a draft kept from
 * before a reload goes over the first one.
 */
function ProgressFields({ name, what, base, draft }: { name: string; what: string; base: Base; draft?: ProgressValues }) {
  const { reset, setValue, getValues } = useFormContext();
  const status = useWatch({ name: `${name}.status` }) as ProgressValues['status'];
  const restored = useRef(false);

  useEffect(() => {
    reset({ [name]: base.values });
    if (draft && !restored.current) setValue(name, draft, { shouldDirty: true });
    restored.current = true;
  }, [reset, setValue, name, base, draft]);

  // Set to gereed here (not as stored): the day done starts as today.
  useEffect(() => {
    if (status === base.values.status) return;
    const doneOn = String(getValues(`${name}.doneOn`) ?? '');
    const next = doneOnFor(status, doneOn, todayInAmsterdam());
    if (next !== doneOn) setValue(`${name}.doneOn`, next, { shouldDirty: true });
  }, [status, base, name, getValues, setValue]);

  return (
    <div className="sw-progress-fields">
      <SelectField name={`${name}.status`} label={t.status} labelDetail={t.about(what)} options={statusOptions()} />
      {status === 'gereed' && <DateField name={`${name}.doneOn`} label={t.doneOn} labelDetail={t.about(what)} />}
      <TextAreaField name={`${name}.note`} label={t.note} labelDetail={t.about(what)} rows={2} optional />
    </div>
  );
}
