import type { ProgressChange } from '#src/domain/working/api';
import { Paragraph } from '@utrecht/component-library-react';
import { actionsPageNl } from '#src/i18n/nl/actions-page';
import { historyLines } from './action-view';

const t = actionsPageNl.history;

/** How the status went since the signature, across rounds, newest first; closed until asked for. */
export function ActionHistory({ history }: { history: readonly ProgressChange[] }) {
  if (history.length === 0) return <Paragraph className="sw-muted">{t.empty}</Paragraph>;
  return (
    <details className="sw-action-history">
      <summary>{t.summary(history.length)}</summary>
      <ol reversed className="sw-action-history-list">
        {[...history].reverse().map((change, i) => {
          const [headline, ...rest] = historyLines(change);
          return (
            <li key={`${change.at}-${i}`}>
              <strong>{headline}</strong>
              {rest.map((line) => (
                <span key={line} className="sw-action-history-line">
                  {line}
                </span>
              ))}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
