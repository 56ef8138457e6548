import { useId, type ReactNode } from 'react';
import {
  Heading2,
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { formatDateNl } from '#src/domain/funding';
import { DONT_KNOW } from '#src/tools/working-factors/schema';
import { usePlanActions } from './action-reviews';
import { factorRows, formatChange, formatScore, studentResults } from './compute';
import { evaluationCopy } from './copy';
import { useCheckpointFactors } from './factor-rescore';
import { AGREEMENT_TOPICS, PERSPECTIVES, REACH_FIGURES, type Checkpoint } from './schema';

const r = evaluationCopy.results;
const label = (options: readonly { value: string; label: string }[], value: unknown) =>
  options.find((o) => o.value === value)?.label ?? (typeof value === 'string' && value ? value : r.unknown);
const has = (v: unknown) => (typeof v === 'string' ? v.trim() !== '' : v !== undefined && v !== null);

/** A table that scrolls on its own on a narrow screen, reachable by keyboard, so the page never does. */
function ScrollTable({
  caption,
  head,
  within,
  children,
}: {
  caption: string;
  head: string[];
  within: string;
  children: ReactNode;
}) {
  const id = useId();
  // Named by caption and checkpoint, so two open results views never hold regions of the same name.
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling table must be reachable by keyboard (WCAG 2.1.1)
    <div className="sw-table-scroll" role="region" aria-labelledby={`${id} ${within}`} tabIndex={0}>
      <Table className="sw-stack-table">
        <TableCaption id={id}>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            {head.map((h) => (
              <TableHeaderCell key={h} scope="col">
                {h}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>{children}</TableBody>
      </Table>
    </div>
  );
}

/** A readable summary of one checkpoint: survey percentages, factors now against the baseline, and the rest. */
export function CheckpointResults({
  data,
  rowLabel,
  id,
}: {
  data: Partial<Checkpoint> | undefined;
  rowLabel: string;
  id: string;
}) {
  const { factors, baseline } = useCheckpointFactors();
  const actions = usePlanActions();
  const cp = data ?? {};
  const students = studentResults(cp.students);
  const rows = factorRows(factors, baseline, cp.presence).filter(
    (row) => row.now !== undefined || row.baseline.mean !== undefined,
  );
  const reviewed = actions.filter((a) => cp.actions?.[a.id]);
  const e = evaluationCopy;
  return (
    <section className="sw-results" id={id} aria-labelledby={`${id}-titel`}>
      <Heading2 id={`${id}-titel`}>{r.title(rowLabel, cp.date ? formatDateNl(cp.date) : '')}</Heading2>
      {cp.kind && <Paragraph>{label(e.kinds, cp.kind)}</Paragraph>}
      {has(cp.participants) && <Paragraph className="sw-prewrap">{cp.participants}</Paragraph>}

      <Heading3>{r.students}</Heading3>
      {students.respondents === undefined ? (
        <Paragraph>{r.studentsNone}</Paragraph>
      ) : (
        <ScrollTable
          within={`${id}-titel`}
          caption={r.studentsCaption(students.respondents)}
          head={[r.question, r.yes, r.percent]}
        >
          {students.rows.map((row) => (
            <TableRow key={row.question}>
              <TableHeaderCell scope="row">{e.students.questions[row.question]}</TableHeaderCell>
              <TableCell data-label={r.yes}>{row.yes ?? r.unknown}</TableCell>
              <TableCell data-label={r.percent}>
                {row.percent !== null ? `${row.percent}%` : row.impossible ? e.students.impossible : r.unknown}
              </TableCell>
            </TableRow>
          ))}
        </ScrollTable>
      )}

      <Heading3>{r.factors}</Heading3>
      {rows.length === 0 ? (
        <Paragraph>{r.factorsNone}</Paragraph>
      ) : (
        <ScrollTable within={`${id}-titel`} caption={r.factors} head={[r.factor, r.baseline, r.now, r.change]}>
          {rows.map((row) => (
            <TableRow key={row.factor.id}>
              <TableHeaderCell scope="row">{row.factor.label}</TableHeaderCell>
              <TableCell data-label={r.baseline}>
                {row.baseline.mean !== undefined ? formatScore(row.baseline.mean) : r.unknown}
              </TableCell>
              <TableCell data-label={r.now}>{row.now === DONT_KNOW ? r.dontKnow : (row.now ?? r.unknown)}</TableCell>
              <TableCell data-label={r.change}>{row.change !== undefined ? formatChange(row.change) : r.unknown}</TableCell>
            </TableRow>
          ))}
        </ScrollTable>
      )}

      <Heading3>{r.actions}</Heading3>
      {reviewed.length === 0 ? (
        <Paragraph>{r.actionsNone}</Paragraph>
      ) : (
        <ScrollTable
          within={`${id}-titel`}
          caption={r.actions}
          head={[e.actions.legend, r.status, e.actions.wentWell.label, e.actions.couldBeBetter.label]}
        >
          {reviewed.map((a, i) => {
            const review = cp.actions![a.id];
            return (
              <TableRow key={a.id}>
                <TableHeaderCell scope="row">{a.what || e.actions.untitled(i)}</TableHeaderCell>
                <TableCell data-label={r.status}>{label(e.actions.statuses, review.status)}</TableCell>
                <TableCell data-label={e.actions.wentWell.label}>{review.wentWell || r.unknown}</TableCell>
                <TableCell data-label={e.actions.couldBeBetter.label}>{review.couldBeBetter || r.unknown}</TableCell>
              </TableRow>
            );
          })}
        </ScrollTable>
      )}

      <Heading3>{r.agreements}</Heading3>
      <UnorderedList>
        {AGREEMENT_TOPICS.map((t) => (
          <UnorderedListItem key={t}>
            {e.agreements[t].label}: {label(e.works, cp.agreements?.[t])}
          </UnorderedListItem>
        ))}
        <UnorderedListItem>
          {e.signals.legend} {label(e.works, cp.signals?.works)}
        </UnorderedListItem>
      </UnorderedList>
      {has(cp.agreements?.notes) && <Paragraph className="sw-prewrap">{cp.agreements!.notes}</Paragraph>}
      {has(cp.signals?.notes) && <Paragraph className="sw-prewrap">{cp.signals!.notes}</Paragraph>}

      <Heading3>{r.reach}</Heading3>
      <UnorderedList>
        {REACH_FIGURES.map((f) => (
          <UnorderedListItem key={f}>
            {e.reach[f].label}: {cp.reach?.[f] ?? r.unknown}
          </UnorderedListItem>
        ))}
      </UnorderedList>

      <Heading3>{r.experiences}</Heading3>
      <ScrollTable within={`${id}-titel`} caption={r.experiences} head={[r.perspective, r.rating, r.notes]}>
        {PERSPECTIVES.map((p) => (
          <TableRow key={p}>
            <TableHeaderCell scope="row">{e.experiences.perspectives[p]}</TableHeaderCell>
            <TableCell data-label={r.rating}>{cp.experiences?.[p]?.rating ?? r.unknown}</TableCell>
            <TableCell data-label={r.notes}>{cp.experiences?.[p]?.notes || r.unknown}</TableCell>
          </TableRow>
        ))}
      </ScrollTable>

      <Heading3>{r.other}</Heading3>
      {(['externalFactors', 'tops', 'tips'] as const).map((k) => (
        <Paragraph key={k} className="sw-prewrap">
          <strong>{e[k].label}</strong> {has(cp[k]) ? cp[k] : r.notFilled}
        </Paragraph>
      ))}

      <Heading3>{r.newActions}</Heading3>
      {(cp.newActions ?? []).length === 0 ? (
        <Paragraph>{r.notFilled}</Paragraph>
      ) : (
        <UnorderedList>
          {cp.newActions!.map((a) => (
            <UnorderedListItem key={a.id}>
              {a.what || r.unknown}
              {a.deadline ? ` (${formatDateNl(a.deadline)})` : ''}
              {a.actionRowId ? ` — ${e.newActions.inPlan}` : ''}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </section>
  );
}
