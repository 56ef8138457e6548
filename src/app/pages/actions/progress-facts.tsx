import { statusLabel } from '#src/tools/action-plan/view';
import { actionsPageNl } from '#src/i18n/nl/actions-page';
import { commonNl } from '#src/i18n/nl/common';
import type { ProgressValues } from './action-view';

const t = actionsPageNl.progress;

/** Status, day done and note of one version of an action's progress, as a short list of facts. */
export function ProgressFacts({ values }: { values: ProgressValues }) {
  return (
    <dl className="sw-action-facts">
      <div className="sw-action-fact">
        <dt>{t.status}</dt>
        <dd>{statusLabel(values.status)}</dd>
      </div>
      {values.status === 'gereed' && values.doneOn && (
        <div className="sw-action-fact">
          <dt>{t.doneOn}</dt>
          <dd>{actionsPageNl.day(values.doneOn)}</dd>
        </div>
      )}
      <div className="sw-action-fact">
        <dt>{t.note}</dt>
        <dd className="sw-prewrap">{values.note || commonNl.empty}</dd>
      </div>
    </dl>
  );
}
