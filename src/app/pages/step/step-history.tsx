import { useMemo, useState } from 'react';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { getStep } from '#steps/index';
import { changeLabel, type FieldChange, type HistoryEntry, type RevisionActor } from '#src/domain/history';
import type { StepId } from '#src/domain/step';
import { commonNl } from '#src/i18n/nl/common';
import { historyNl } from '#src/i18n/nl/history';
import { useDossier } from '#src/app/dossier-context';
import { useAction } from '#src/app/use-action';
import { Loading } from '#src/ui/loading';
import { choiceLabels, historyCopy } from './history-values';
import './step-history.css';

// Whatever went wrong, the history says the same: it could not be loaded, try again.
const historyFailed = () => historyNl.failed;

const when = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });

export function actorText(actor: RevisionActor | null): string {
  if (!actor) return historyNl.unknownActor;
  const organisation = actor.partnerName ?? '';
  const who = [actor.person, organisation].filter(Boolean).join(', ');
  return actor.kind === 'owner' ? `${who} (${historyNl.owner})` : who;
}

/** A value as a sentence fragment: texts as typed, choices by their label, lists joined, rows by their filled-in texts. */
export function valueTextOf(value: unknown, labels: ReadonlyMap<string, string>): string {
  if (value === undefined || value === null || value === '') return commonNl.empty;
  if (typeof value === 'boolean') return value ? historyNl.yes : historyNl.no;
  if (Array.isArray(value)) return value.length === 0 ? commonNl.empty : value.map((v) => valueTextOf(v, labels)).join(', ');
  if (typeof value === 'object') {
    const texts = Object.entries(value)
      .filter(([k, v]) => k !== 'id' && (typeof v === 'string' || typeof v === 'number') && v !== '')
      .map(([, v]) => valueTextOf(v, labels));
    return texts.length ? texts.join(' · ') : commonNl.empty;
  }
  return typeof value === 'string' ? (labels.get(value) ?? value) : String(value);
}

function Change({ change, copy, labels }: { change: FieldChange; copy: unknown; labels: ReadonlyMap<string, string> }) {
  const label = changeLabel(copy, change);
  const valueText = (v: unknown) => valueTextOf(v, labels);
  const isRow = change.rows.at(-1) !== null && change.rows.length > 0;
  if (isRow && change.before === undefined)
    return (
      <li>
        <strong>{label}</strong> {historyNl.added}: {valueText(change.after)}
      </li>
    );
  if (isRow && change.after === undefined)
    return (
      <li>
        <strong>{label}</strong> {historyNl.removed}: {valueText(change.before)}
      </li>
    );
  return (
    <li>
      <strong>{label}</strong>:{' '}
      <span className="sw-history-old">
        <span className="sw-visually-hidden">{historyNl.from} </span>
        {valueText(change.before)}
      </span>{' '}
      <span aria-hidden="true">→</span>{' '}
      <span className="sw-history-new">
        <span className="sw-visually-hidden">{historyNl.to} </span>
        {valueText(change.after)}
      </span>
    </li>
  );
}

/**
 * "Geschiedenis": a disclosure under the step form that loads the step's history when first opened,
 * and older pages on request. Native <details>, so it opens with Enter or Space.
 */
export function StepHistory({ stepId }: { stepId: StepId }) {
  const { dossier, sync } = useDossier();
  const copy = getStep(stepId).copy;
  const labels = useMemo(() => choiceLabels(stepId, copy, dossier.partners), [stepId, copy, dossier.partners]);
  const fieldCopy = useMemo(() => historyCopy(copy), [copy]);
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [next, setNext] = useState<number | null>(null);
  const { busy, error, run } = useAction({ failed: historyFailed });

  const load = (before?: number) =>
    run(async () => {
      const page = await sync.stepHistory(stepId, before);
      setEntries((old) => [...(before ? (old ?? []) : []), ...page.revisions]);
      setNext(page.next);
    });

  return (
    <details
      className="sw-history"
      onToggle={(e) => {
        if ((e.currentTarget as HTMLDetailsElement).open && entries === null && !busy) void load();
      }}
    >
      <summary>
        <span className="sw-history-title">{historyNl.title}</span>
      </summary>
      <Paragraph className="sw-muted">{historyNl.intro}</Paragraph>
      <div role="status">{busy && <Loading text={historyNl.loading} />}</div>
      {error && (
        <Alert type="error">
          <Paragraph>{error}</Paragraph>
          <Button type="button" appearance="secondary-action-button" onClick={() => void load(entries?.at(-1)?.revision)}>
            {commonNl.retry}
          </Button>
        </Alert>
      )}
      {entries?.length === 0 && <Paragraph>{historyNl.empty}</Paragraph>}
      {entries && entries.length > 0 && (
        <ol className="sw-history-list">
          {entries.map((entry) => (
            <li key={entry.revision}>
              <p className="sw-history-who">
                <strong>{actorText(entry.actor)}</strong> · <time dateTime={entry.at}>{when.format(new Date(entry.at))}</time> ·{' '}
                <span className="sw-muted">{historyNl.revision(entry.revision)}</span>
              </p>
              {entry.changes.length === 0 ? (
                <Paragraph className="sw-muted">{historyNl.noChanges}</Paragraph>
              ) : (
                <ul>
                  {entry.changes.map((change) => (
                    <Change key={change.path.join('\u0000')} change={change} copy={fieldCopy} labels={labels} />
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      {next !== null && !busy && (
        <Button type="button" appearance="secondary-action-button" onClick={() => void load(next)}>
          {historyNl.more}
        </Button>
      )}
    </details>
  );
}
