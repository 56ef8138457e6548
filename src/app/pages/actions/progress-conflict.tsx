import { useEffect, useId, useRef } from 'react';
import { Alert, Button, ButtonGroup, Heading4, Paragraph } from '@utrecht/component-library-react';
import type { PlanAction } from '#src/domain/working/api';
import { actionsPageNl } from '#src/i18n/nl/actions-page';
import { personOf, progressValues, type ProgressValues } from './action-view';
import { ProgressFacts } from './progress-facts';

const t = actionsPageNl.conflict;

/**
 * A save that met someone else's newer progress: both versions side by side, and nothing is
 * overwritten until the person chooses. Focus moves here, so keyboard and screen-reader users
 * hear it at once.
 */
export function ProgressConflict({
  what,
  theirs,
  mine,
  busy,
  onKeepMine,
  onTakeTheirs,
}: {
  what: string;
  theirs: PlanAction;
  mine: ProgressValues;
  busy: boolean;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const progress = theirs.progress;
  return (
    <div ref={ref} tabIndex={-1} className="sw-progress-conflict" role="group" aria-labelledby={titleId}>
      <Alert type="warning">
        <Heading4 id={titleId}>{t.title}</Heading4>
        <Paragraph>{t.intro}</Paragraph>
        <div className="sw-progress-versions">
          <section aria-label={t.mine}>
            <Paragraph>
              <strong>{t.mine}</strong>
            </Paragraph>
            <ProgressFacts values={mine} />
          </section>
          <section aria-label={progress ? t.theirs(personOf(progress.updatedBy), progress.updatedAt) : t.theirsEmpty}>
            <Paragraph>
              <strong>{progress ? t.theirs(personOf(progress.updatedBy), progress.updatedAt) : t.theirsEmpty}</strong>
            </Paragraph>
            <ProgressFacts values={progressValues(theirs)} />
          </section>
        </div>
        <ButtonGroup>
          <Button
            type="button"
            appearance="primary-action-button"
            disabled={busy}
            onClick={onKeepMine}
            aria-label={actionsPageNl.about(t.keepMine, what)}
          >
            {t.keepMine}
          </Button>
          <Button
            type="button"
            appearance="secondary-action-button"
            disabled={busy}
            onClick={onTakeTheirs}
            aria-label={actionsPageNl.about(t.takeTheirs, what)}
          >
            {t.takeTheirs}
          </Button>
        </ButtonGroup>
      </Alert>
    </div>
  );
}
