import { useSelector } from '@xstate/react';
import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { StepSyncActor } from '../sync/dossier-sync';
import { syncMessages } from '../sync/messages';

/** Shown when another partner changed the same fields: nothing is overwritten until someone chooses. */
export function ConflictPanel({ actor, fieldLabel }: { actor: StepSyncActor; fieldLabel?: (key: string) => string }) {
  const conflict = useSelector(actor, (s) => (s.matches('conflict') ? s.context.conflict : null));
  if (!conflict) return null;
  return (
    <Alert type="warning" role="alert">
      <Heading2>{syncMessages.conflictTitle}</Heading2>
      <Paragraph>{syncMessages.conflictIntro}</Paragraph>
      {conflict.fields.length > 0 && (
        <Paragraph>
          {syncMessages.conflictFields} {conflict.fields.map((f) => fieldLabel?.(f) ?? f).join(', ')}
        </Paragraph>
      )}
      <ButtonGroup>
        <Button type="button" appearance="primary-action-button" onClick={() => actor.send({ type: 'KEEP_MINE' })}>
          {syncMessages.keepMine}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={() => actor.send({ type: 'TAKE_THEIRS' })}>
          {syncMessages.takeTheirs}
        </Button>
      </ButtonGroup>
    </Alert>
  );
}
