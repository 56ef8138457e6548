import { useCallback, useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import type { Round, RoundResponse } from '#src/domain/evaluation/api';
import type { RoundFrame } from '#src/domain/evaluation/rounds';
import type { Partner } from '#src/domain/partners';
import { TextField } from '#src/forms/fields';
import { PartnerSelectField } from '#src/forms/partner-select-field';
import { StepForm } from '#src/forms/step-form';
import { SubmitBar } from '#src/forms/submit-bar';
import { ActionStatus } from '#src/ui/action-status';
import { ConfirmDialog } from '#src/ui/confirm-dialog';
import { Loading } from '#src/ui/loading';
import { useDossier } from '#src/app/dossier-context';
import { useAction } from '#src/app/use-action';
import { roundsNl } from '#src/i18n/nl/rounds';
import { paperPath } from './paths';
import { paperWhoSchema } from './sheet-schema';
import { useRoundsData } from './use-rounds-data';

const p = roundsNl.paper;

const entryId = (e: RoundResponse) => e.respondentKey.replace(/^paper:/, '');

/** "Sanne de Vries (Het Zeekompas), van papier": a paper form is marked as such wherever it is named. */
export const paperEntryName = (e: Pick<RoundResponse, 'person' | 'partnerId'>, frame: RoundFrame) =>
  p.entryOf(e.person || p.nobody, frame.partners.find((x) => x.id === e.partnerId)?.name ?? p.unknownPartner);

/**
 * Paper forms in a round: an editing link types in a named person's answers from paper. Only the
 * link that typed them in sees them (and may change or remove them while the round is open).
 */
export function PaperSection({ round, frame }: { round: Round; frame: RoundFrame }) {
  const { dossier, sync } = useDossier();
  const navigate = useNavigate();
  const load = useCallback(() => sync.rounds.paperEntries(round.id), [sync, round.id]);
  const entries = useRoundsData(sync, load, roundsNl.sheet.loadFailed);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<RoundResponse | null>(null);
  const { busy, message, run } = useAction();
  const open = round.state === 'open';

  const start = async (values: Record<string, unknown>) => {
    const who = paperWhoSchema.parse(values);
    const sheet = await sync.rounds.newPaperSheet(round.id, who);
    navigate(paperPath(dossier.id, round.id, sheet.id));
  };
  const remove = () =>
    run(async () => {
      const entry = removing!;
      try {
        await sync.rounds.removePaper(round.id, entryId(entry));
      } finally {
        setRemoving(null);
      }
      return p.removed(entry.person || p.nobody);
    });

  return (
    <section aria-labelledby="papier" className="sw-paper">
      <Heading2 id="papier">{p.title}</Heading2>
      <Paragraph>{p.intro}</Paragraph>
      <ActionStatus busy={busy} busyText={roundsNl.list.busy} message={message} />
      {entries.kind === 'loading' && <Loading text={p.loading} />}
      {entries.kind === 'error' && <Paragraph>{entries.message}</Paragraph>}
      {entries.kind === 'ready' &&
        (entries.data.length === 0 ? (
          <Paragraph>{p.none}</Paragraph>
        ) : (
          <ul className="sw-round-list">
            {entries.data.map((e) => {
              const name = paperEntryName(e, frame);
              const action = open ? p.edit : p.view;
              return (
                <li key={e.respondentKey} className="sw-round">
                  <Paragraph className="sw-paper-mark">
                    {name}
                    {e.revision === 0 && ` (${p.unsent})`}
                  </Paragraph>
                  <ButtonGroup>
                    <RouterLink
                      to={paperPath(dossier.id, round.id, entryId(e))}
                      className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
                      aria-label={roundsNl.about(action, name)}
                    >
                      {action}
                    </RouterLink>
                    {open && (
                      <Button
                        type="button"
                        appearance="subtle-button"
                        disabled={busy}
                        aria-label={roundsNl.about(p.remove, name)}
                        onClick={() => setRemoving(e)}
                      >
                        {p.remove}
                      </Button>
                    )}
                  </ButtonGroup>
                </li>
              );
            })}
          </ul>
        ))}
      {open &&
        (adding ? (
          <NewPaperForm partners={frame.partners as Partner[]} onStart={start} onCancel={() => setAdding(false)} />
        ) : (
          <Button type="button" appearance="secondary-action-button" onClick={() => setAdding(true)}>
            {p.add}
          </Button>
        ))}
      <ConfirmDialog
        open={removing !== null}
        title={roundsNl.confirm.removePaperTitle}
        confirmLabel={roundsNl.confirm.removePaperConfirm}
        cancelLabel={roundsNl.confirm.cancel}
        busy={busy}
        busyText={roundsNl.list.busy}
        onConfirm={remove}
        onCancel={() => setRemoving(null)}
      >
        {removing ? roundsNl.confirm.removePaperBody(removing.person || p.nobody) : ''}
      </ConfirmDialog>
    </section>
  );
}

/** Whose paper form this is, before its answers: every save names the person. */
function NewPaperForm({
  partners,
  onStart,
  onCancel,
}: {
  partners: Partner[];
  onStart: (values: Record<string, unknown>) => Promise<void>;
  onCancel: () => void;
}) {
  const { busy, error, run } = useAction();
  return (
    <div className="sw-new-paper">
      <Heading3>{p.newTitle}</Heading3>
      <StepForm
        schema={paperWhoSchema}
        defaultValues={{ partnerId: '', person: '' }}
        context={{ partners, steps: {} }}
        onSubmit={(values) => run(() => onStart(values))}
        actions={<SubmitBar label={p.start} busy={busy} busyText={roundsNl.list.busy} error={error} />}
      >
        <PartnerSelectField name="partnerId" label={p.partner.label} />
        <TextField name="person" label={p.person.label} hint={p.person.hint} autoComplete="off" />
      </StepForm>
      <Button type="button" appearance="subtle-button" onClick={onCancel}>
        {roundsNl.confirm.cancel}
      </Button>
    </div>
  );
}
