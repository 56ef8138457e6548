import { copy } from '#steps/05-taakverdeling/copy';
import { actionPlanCopy } from '#src/tools/action-plan/copy';
import { stepLabel } from '#steps/index';
import { customFactorsOf, factorLabel, statusLabel } from '#src/tools/action-plan/view';
import { agreementCopy } from '#templates/agreement/copy';
import {
  date,
  euro,
  heading,
  lines,
  num,
  number,
  rows,
  str,
  table,
  text,
  type Block,
  type SectionBuilder,
  type SectionContext,
} from '#templates/agreement/blocks';

function actionPlan(value: unknown, ctx: SectionContext): Block[] {
  const custom = customFactorsOf(ctx.content.steps.visie);
  const a = agreementCopy.sections;
  const b = actionPlanCopy.partB;
  const body = rows(value).map((r, i) => {
    const hours = num(r.hours);
    const budget = num(r.budget);
    const start = date(r.start);
    const deadline = date(r.deadline);
    return [
      String(i + 1),
      lines(
        str(r.what),
        str(r.how),
        str(r.factorId) && a.actionFactor(factorLabel(str(r.factorId), custom)),
        str(r.stepId) && a.actionStep(stepLabel(str(r.stepId))),
      ),
      lines(ctx.partnerName(r.leadPartnerId), str(r.leadPerson), str(r.involved) && a.actionInvolved(str(r.involved))),
      lines(start && `${b.start.label}: ${start}`, deadline && `${b.deadline.label}: ${deadline}`),
      lines(hours !== undefined && a.actionHours(number(hours)), str(r.room), budget !== undefined && euro(budget), str(r.needs)),
      str(r.indicator),
      statusLabel(str(r.status)),
    ];
  });
  const c = a.actionColumns;
  return [
    ...heading(a.actionPlan),
    ...table(
      '',
      [
        // Printed across a landscape page (the PDF's annex): the action itself gets the room.
        { header: c.number, width: 0.45 },
        { header: c.what, width: 4.6, emphasis: true },
        { header: c.lead, width: 2.3 },
        { header: c.when, width: 2.1 },
        { header: c.needs, width: 1.4 },
        { header: c.indicator, width: 2.6 },
        { header: c.status, width: 1.0 },
      ],
      body,
      undefined,
      a.actionPlan,
    ),
  ];
}

export const taakverdelingSection: SectionBuilder = {
  keys: ['roles', 'ownExpertise', 'actionPlan'],
  build(data, ctx) {
    const r = copy.roles;
    return [
      ...rows(data.roles).flatMap((role) => {
        const parts = [
          ...text(r.responsibilities.label, role.responsibilities),
          ...text(r.expectations.label, role.expectations),
          ...text(r.notTheirTask.label, role.notTheirTask),
        ];
        return parts.length ? [...heading(ctx.partnerName(role.partnerId) || r.partnerId.label), ...parts] : [];
      }),
      ...text(copy.ownExpertise.label, data.ownExpertise),
      ...actionPlan(data.actionPlan, ctx),
    ];
  },
};
