import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import {
  Button,
  Heading3,
  OrderedList,
  OrderedListItem,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { newRowId } from '#src/domain/fields';
import { partnerLabel } from '#src/domain/partner-rows';
import { useStepContext } from '#src/forms/step-context';
import { newActionRow } from '#src/tools/action-plan/schema';
import {
  compareFactors,
  comparedPartners,
  factorIdsInActionPlan,
  priorityList,
  type Aggregate,
  type AssessedFactor,
  type FactorComparison,
  type RespondentInput,
} from './compute';
import { formatScore, workingFactorsCopy as copy } from './copy';

const t = copy.comparison;
const p = copy.priorities;
const show = (n: number | undefined) => (n === undefined ? t.missing : formatScore(n));

/** `label`: the column's name, shown above the cell where the table stacks on a phone. */
function ScoreCell({ value, label }: { value: Aggregate; label: string }) {
  if (value.importance === undefined && value.presence === undefined)
    return (
      <TableCell className="sw-muted" data-label={label}>
        {t.none}
      </TableCell>
    );
  return (
    <TableCell data-label={label}>
      <span className="sw-score-line">{t.importance(show(value.importance))}</span>
      <span className="sw-score-line">{t.presence(show(value.presence))}</span>
    </TableCell>
  );
}

/** Partners side by side per factor; rows where partners differ by 2 or more say so in words and are marked. */
function ComparisonTable({ rows, partnerNames }: { rows: FactorComparison[]; partnerNames: string[] }) {
  const captionId = useId();
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling table must be reachable by keyboard (WCAG 2.1.1)
    <div className="sw-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <Table className="sw-comparison sw-stack-table">
        <TableCaption id={captionId}>{t.caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t.factor}</TableHeaderCell>
            {partnerNames.map((name, i) => (
              <TableHeaderCell key={i} scope="col">
                {name}
              </TableHeaderCell>
            ))}
            <TableHeaderCell scope="col">{t.together}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.difference}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.factor.id} className={row.differences.length > 0 ? 'sw-differs' : undefined}>
              <TableHeaderCell scope="row">{row.factor.label}</TableHeaderCell>
              {row.byPartner.map((value, i) => (
                <ScoreCell key={i} value={value} label={partnerNames[i] ?? ''} />
              ))}
              <TableCell data-label={t.together}>
                <span className="sw-score-line">{t.importance(show(row.joint.importance))}</span>
                <span className="sw-score-line">{t.presence(show(row.joint.presence))}</span>
                <span className="sw-score-line">{t.gap(show(row.joint.gap))}</span>
              </TableCell>
              <TableCell data-label={t.difference}>
                {row.differences.length > 0 ? (
                  <strong className="sw-difference-flag">{t.differs(row.differences.map((d) => t.dims[d]).join(t.and))}</strong>
                ) : (
                  <span className="sw-muted">{t.noDifference}</span>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** The priorities, each with a button that adds a linked row to the action plan. */
function Priorities({ priorities }: { priorities: FactorComparison[] }) {
  const { actionRows, addActionRows } = useStepContext();
  const { formState } = useFormContext();
  const saved = useMemo(() => factorIdsInActionPlan(actionRows), [actionRows]);
  const [added, setAdded] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState('');
  const canAdd = !!addActionRows && !formState.disabled;

  const add = (row: FactorComparison) => {
    const { id, label } = row.factor;
    const again = saved.has(id) || added.has(id);
    addActionRows?.([
      newActionRow({
        id: newRowId(),
        what: p.actionWhat(label),
        factorId: id,
        indicator: row.joint.presence === undefined ? '' : p.actionIndicator(show(row.joint.presence)),
      }),
    ]);
    setAdded(new Set(added).add(id));
    setStatus(again ? p.addedAgain(label) : p.added(label));
  };

  return (
    <>
      <Heading3>{p.heading}</Heading3>
      <Paragraph>{p.intro}</Paragraph>
      {priorities.length === 0 ? (
        <Paragraph>{p.none}</Paragraph>
      ) : (
        <OrderedList className="sw-priorities">
          {priorities.map((row) => {
            const planned = saved.has(row.factor.id) || added.has(row.factor.id);
            const text = planned ? p.addAnother : p.add;
            return (
              <OrderedListItem key={row.factor.id}>
                <strong>{row.factor.label}</strong>{' '}
                {p.scores(show(row.joint.importance), show(row.joint.presence), show(row.joint.gap))}
                {planned && <span className="sw-planned"> {p.alreadyPlanned}</span>}
                {canAdd && (
                  <div>
                    <Button
                      type="button"
                      appearance="secondary-action-button"
                      aria-label={p.buttonLabel(text, row.factor.label)}
                      onClick={() => add(row)}
                    >
                      {text}
                    </Button>
                  </div>
                )}
              </OrderedListItem>
            );
          })}
        </OrderedList>
      )}
      <Paragraph role="status" className="sw-tool-status">
        {status}
      </Paragraph>
    </>
  );
}

/**
 * The comparison view. It watches the respondents, but renders at low priority (`useDeferredValue`)
 * and only while shown, so typing elsewhere stays fast.
 */
export function Comparison({ name, factors }: { name: string; factors: readonly AssessedFactor[] }) {
  const watched = useWatch({ name: `${name}.respondents` }) as RespondentInput[] | undefined;
  const respondents = useDeferredValue(watched);
  const { partners } = useStepContext();
  const compared = useMemo(() => comparedPartners(partners, respondents), [partners, respondents]);
  const rows = useMemo(
    () =>
      compareFactors(
        factors,
        respondents,
        compared.partners.map((x) => x.id),
      ),
    [factors, respondents, compared],
  );
  const priorities = useMemo(() => priorityList(rows), [rows]);
  const anyScore = rows.some((r) => r.joint.importance !== undefined || r.joint.presence !== undefined);

  return (
    <div className="sw-comparison-view">
      <Heading3>{t.heading}</Heading3>
      <Paragraph>{t.explanation}</Paragraph>
      {compared.withoutPartner > 0 && <Paragraph>{t.withoutPartner(compared.withoutPartner)}</Paragraph>}
      {anyScore ? (
        <ComparisonTable rows={rows} partnerNames={compared.partners.map(partnerLabel)} />
      ) : (
        <Paragraph>{t.nothingYet}</Paragraph>
      )}
      <Priorities priorities={priorities} />
    </div>
  );
}
