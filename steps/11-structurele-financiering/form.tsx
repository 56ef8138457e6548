import { useWatch } from 'react-hook-form';
import { Paragraph } from '@utrecht/component-library-react';
import { StepForm, type StepFormProps } from '#src/forms/step-form';
import { DateField, SelectField, TextAreaField, TextField } from '#src/forms/fields';
import { RowList } from '#src/forms/row-list';
import { LiveWarnings } from '#src/forms/live-warnings';
import { LiveFundingTimeline } from '#src/tools/funding-timeline/live-funding-timeline';
import { catalogueOptions } from '#src/forms/catalogue-options';
import { FUNDING_ROUTES } from '#src/domain/catalogue/funding-routes';
import { useStepContext } from '#src/forms/step-context';
import { formatDateNl, temporaryFundingEnd } from '#src/domain/funding';
import { fundingSourcesOf, structuralSearchStartOf } from '#src/domain/step-readers';
import { copy } from './copy';
import { build, warnings } from './schema';

const schema = build('complete');
const routeKinds = catalogueOptions(FUNDING_ROUTES);

function RouteFields({ prefix }: { prefix: string }) {
  const kind = useWatch({ name: `${prefix}.kind` });
  const c = copy.routes;
  return (
    <>
      <SelectField name={`${prefix}.kind`} label={c.kind.label} options={routeKinds} />
      {kind === 'anders' && <TextField name={`${prefix}.kindOther`} label={c.kindOther.label} />}
      <TextAreaField name={`${prefix}.description`} label={c.description.label} hint={c.description.hint} rows={3} />
      <TextField name={`${prefix}.responsible`} label={c.responsible.label} hint={c.responsible.hint} />
      <DateField name={`${prefix}.deadline`} label={c.deadline.label} hint={c.deadline.hint} />
      <SelectField name={`${prefix}.status`} label={c.status.label} options={copy.routeStatuses} />
    </>
  );
}

/**
 * Step 3 asks when the search for structural money starts. When it has an answer, this step shows it
 * and asks only for a different date; otherwise it asks the question itself.
 */
function SearchStart() {
  const ctx = useStepContext();
  const end = temporaryFundingEnd(fundingSourcesOf(ctx));
  const fallback = structuralSearchStartOf(ctx);
  const endText = end ? copy.searchStart.fundingEnd(formatDateNl(end)) : '';
  if (!fallback) {
    const hint = [copy.searchStart.hint, endText].filter(Boolean).join(' ');
    return <DateField name="searchStart" label={copy.searchStart.label} hint={hint} optional />;
  }
  return (
    <>
      <Paragraph className="sw-from-step3">{copy.searchStart.step3Answer(formatDateNl(fallback))}</Paragraph>
      <DateField
        name="searchStart"
        label={copy.searchStart.otherLabel}
        hint={[copy.searchStart.otherHint, endText].filter(Boolean).join(' ')}
        optional
      />
    </>
  );
}

export default function StructureleFinancieringForm(props: StepFormProps) {
  return (
    <StepForm {...props} schema={schema}>
      <RowList
        name="routes"
        legend={copy.routes.legend}
        hint={copy.routes.hint}
        rowLabel={copy.routes.row}
        addLabel={copy.routes.add}
        newRow={() => ({ kind: '', kindOther: '', description: '', responsible: '', deadline: '', status: '' })}
      >
        {(prefix) => <RouteFields prefix={prefix} />}
      </RowList>
      <SearchStart />
      <TextField name="responsible" label={copy.responsible.label} hint={copy.responsible.hint} />
      <LiveWarnings compute={warnings} />
      <LiveFundingTimeline />
    </StepForm>
  );
}
