/** The action plan's progress: done, overdue, each action's status and what respondents reported about it. */
import { ACTION_STATUSES } from '#src/domain/evaluation/atoms';
import type { EvaluationResults } from '#src/domain/evaluation/api';
import { actionPlanCopy } from '#src/tools/action-plan/copy';
import { date, lines } from '#templates/format';
import { reportCopy } from './copy';
import type { Part } from './parts';
import { quotes } from './who';

const a = reportCopy.actions;
const statusLabel = (status: string) => actionPlanCopy.statuses[status as keyof typeof actionPlanCopy.statuses] ?? status;

export function actionsParts(results: EvaluationResults): Part[] {
  const { actions } = results;
  if (actions.total === 0) return [{ kind: 'paragraph', text: a.none }];
  const c = a.columns;
  const names = actions.rows.map((row, i) => row.what || a.untitled(i + 1));
  return [
    { kind: 'paragraph', text: a.progress(actions.done, actions.total, `${actions.percentDone ?? 0}%`, actions.overdue) },
    {
      kind: 'table',
      label: '',
      columns: [
        { header: c.number, width: 0.7, align: 'right' },
        { header: c.what, width: 5, emphasis: true },
        { header: c.status, width: 1.8 },
        { header: c.deadline, width: 1.9 },
        { header: c.reported, width: 2.2 },
      ],
      rows: actions.rows.map((row, i) => [
        String(i + 1),
        names[i]!,
        lines(statusLabel(row.status) || reportCopy.emptyValue, row.overdue && a.overdue),
        date(row.deadline),
        lines(...ACTION_STATUSES.filter((s) => row.reported[s] > 0).map((s) => a.reported(statusLabel(s), row.reported[s]))),
      ]),
    },
    ...actions.rows.flatMap((row, i): Part[] => {
      const wentWell = quotes(row.wentWell);
      const better = quotes(row.couldBeBetter);
      return [
        ...(wentWell.length ? [{ kind: 'quotes' as const, label: a.wentWell(names[i]!), items: wentWell }] : []),
        ...(better.length ? [{ kind: 'quotes' as const, label: a.couldBeBetter(names[i]!), items: better }] : []),
      ];
    }),
  ];
}
