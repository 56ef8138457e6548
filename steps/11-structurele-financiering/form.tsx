import { useWatch } from 'react-hook-form';
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

/** The hint tells what step 3 already says, so the fallback and the deadline are visible here. */
function SearchStart() {
  const ctx = useStepContext();
  const end = temporaryFundingEnd(fundingSourcesOf(ctx));
  const fallback = structuralSearchStartOf(ctx);
  const hint = [
    copy.searchStart.hint,
    end ? copy.searchStart.fundingEnd(formatDateNl(end)) : '',
    fallback ? copy.searchStart.fromStep3(formatDateNl(fallback)) : '',
  ]
    .filter(Boolean)
    .join(' ');
  return <DateField name="searchStart" label={copy.searchStart.label} hint={hint} optional />;
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
