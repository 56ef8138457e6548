/** The cover: which partnership and round, when, what kind of evaluation, and who answered per organisation. */
import type { EvaluationResults } from '#src/domain/evaluation/api';
import { PARTNER_KIND_LABELS } from '#src/domain/partners';
import { evaluationCopy } from '#src/tools/evaluation-list/copy';
import { date, dateTimeInAmsterdam, dayInAmsterdam } from '#templates/format';
import type { Field } from '#templates/pdf/types';
import { reportCopy } from './copy';
import type { EvaluationReportMeta } from './meta';
import type { ReportTable } from './parts';

export interface ReportCover {
  kicker: string;
  title: string;
  subtitle: string;
  factsLabel: string;
  facts: Field[];
  organisations: ReportTable;
}

export function coverData(results: EvaluationResults, meta: EvaluationReportMeta): ReportCover {
  const c = reportCopy.cover;
  const { round, response, students } = results;
  const focus = round.focus ? (evaluationCopy.kinds.find((k) => k.value === round.focus)?.label ?? round.focus) : '';
  const facts: Field[] = [
    { label: c.dossier, value: meta.title },
    { label: c.gemeente, value: meta.gemeente },
    { label: c.round, value: reportCopy.roundLabel(round.number) },
    { label: c.date, value: date(round.date) },
    { label: c.closedAt, value: round.closedAt ? dayInAmsterdam(round.closedAt) : '' },
    { label: c.focus, value: focus },
    { label: c.answered, value: c.answeredValue(response.responded, response.invitees, response.paper) },
    { label: c.students, value: students ? c.studentsValue(students.respondents) : c.noStudents },
    { label: c.generatedAt, value: dateTimeInAmsterdam(meta.generatedAt) },
  ].filter((f) => f.value !== '');
  const cols = c.organisationColumns;
  return {
    kicker: reportCopy.title(round.number),
    title: meta.title,
    subtitle: c.subtitle,
    factsLabel: c.facts,
    facts,
    organisations: {
      label: c.perOrganisation,
      columns: [
        { header: cols.name, width: 5, emphasis: true },
        { header: cols.kind, width: 2 },
        { header: cols.n, width: 2, align: 'right' },
      ],
      rows: results.partners.map((p) => [
        p.name,
        PARTNER_KIND_LABELS[p.kind as keyof typeof PARTNER_KIND_LABELS] ?? p.kind,
        String(response.byPartner.find((b) => b.partnerId === p.id)?.n ?? 0),
      ]),
    },
  };
}
