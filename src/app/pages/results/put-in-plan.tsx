import { useCallback, useId, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import {
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import { can } from '#src/domain/access';
import type { RoundCandidate } from '#src/domain/working/api';
import { useAgreement } from '#src/sync/use-step-state';
import { ActionStatus } from '#src/ui/action-status';
import { Loading } from '#src/ui/loading';
import { useDossier } from '#src/app/dossier-context';
import { useAction } from '#src/app/use-action';
import { useRoundsData, useWorkAllowed } from '#src/app/pages/rounds/use-rounds-data';
import { resultsNl } from '#src/i18n/nl/results';
import { whoLabel } from '#templates/evaluation-report/who';
import { actionPlanPath } from './links';

const p = resultsNl.plan;

/**
 * "In het actieplan zetten": the round's knelpunten with a proposed solution and its ideas for new
 * actions, chosen one by one, become proposed actions (working data, no amendment needed).
 */
export function PutInPlan({ roundId }: { roundId: string }) {
  const { dossier, sync } = useDossier();
  const allowed = useWorkAllowed(sync, 'evaluation');
  const { versions } = useAgreement(sync);
  const signed = versions.filter((v) => v.status === 'getekend').at(-1)?.number ?? null;
  const load = useCallback(() => sync.roundActionItems(roundId).then((r) => r.candidates), [sync, roundId]);
  const items = useRoundsData(sync, load, p.loadFailed);
  const [chosen, setChosen] = useState<string[]>([]);
  const [added, setAdded] = useState<number | null>(null);
  const { busy, message, run } = useAction();
  const edit = can.edit(sync.me);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setAdded(null);
    void run(async () => {
      if (chosen.length === 0) throw new Error(p.chooseFirst);
      const result = await sync.putRoundActionsInPlan(roundId, chosen);
      setChosen([]);
      setAdded(result.added.length);
      items.reload();
      return p.added(result.added.length);
    });
  };

  return (
    <section aria-labelledby="in-actieplan" className="sw-results-plan">
      <Heading2 id="in-actieplan">{p.title}</Heading2>
      <Paragraph>{p.intro(signed)}</Paragraph>
      {items.kind === 'loading' && <Loading text={p.loading} />}
      {items.kind === 'error' && <Paragraph>{items.message}</Paragraph>}
      {items.kind === 'ready' && items.data.length === 0 && <Paragraph>{p.none}</Paragraph>}
      {items.kind === 'ready' && items.data.length > 0 && (
        <form onSubmit={submit} noValidate>
          <Fieldset>
            <FieldsetLegend>{p.legend}</FieldsetLegend>
            {items.data.map((item) => (
              <CandidateOption
                key={item.sourceKey}
                item={item}
                disabled={!edit || !allowed || busy}
                checked={chosen.includes(item.sourceKey)}
                onChange={(on) => setChosen((was) => (on ? [...was, item.sourceKey] : was.filter((k) => k !== item.sourceKey)))}
              />
            ))}
          </Fieldset>
          {edit && allowed ? (
            <Button type="submit" appearance="primary-action-button" disabled={busy}>
              {p.submit}
            </Button>
          ) : (
            <Paragraph>{edit ? p.notNow : p.readOnly}</Paragraph>
          )}
        </form>
      )}
      <ActionStatus busy={busy} busyText={resultsNl.next.busy} message={message} />
      {added !== null && (
        <Paragraph>
          <RouterLink to={actionPlanPath(dossier.id)} className="utrecht-link">
            {p.toPlan}
          </RouterLink>
        </Paragraph>
      )}
    </section>
  );
}

function CandidateOption({
  item,
  checked,
  disabled,
  onChange,
}: {
  item: RoundCandidate;
  checked: boolean;
  disabled: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  const already = item.proposedActionId !== null;
  return (
    <FormField type="checkbox" className="sw-option">
      <Checkbox
        id={id}
        checked={checked || already}
        disabled={disabled || already}
        aria-describedby={`${id}-over`}
        onChange={(e) => onChange(e.target.checked)}
      />
      <FormLabel htmlFor={id} type="checkbox">
        {item.what}
      </FormLabel>
      <FormFieldDescription id={`${id}-over`}>
        {[
          p.kinds[item.kind],
          item.kind === 'knelpunt' && item.detail ? p.knelpunt(item.detail) : '',
          p.by(whoLabel(item.who)),
          already ? p.already : '',
        ]
          .filter(Boolean)
          .map((sentence) => sentence.replace(/\.$/, ''))
          .join('. ')}
        .
      </FormFieldDescription>
    </FormField>
  );
}
