import { Checkbox, Fieldset, FieldsetLegend, FormField, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import type { ActionStatus } from '#src/domain/evaluation/atoms';
import { statusOptions } from '#src/tools/action-plan/view';
import { actionsPageNl } from '#src/i18n/nl/actions-page';
import type { ActionsFilter } from './action-view';

const t = actionsPageNl.filters;

/** Which actions are shown: by status, and only the overdue ones. View state only. */
export function ActionsFilterFields({ filter, onChange }: { filter: ActionsFilter; onChange: (f: ActionsFilter) => void }) {
  return (
    <Fieldset className="sw-actions-filter">
      <FieldsetLegend>{t.legend}</FieldsetLegend>
      <div className="sw-actions-filter-fields">
        <FormField className="sw-field">
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="acties-filter-status">{t.status}</FormLabel>
          </div>
          <div className="utrecht-form-field__input">
            <Select
              id="acties-filter-status"
              value={filter.status}
              onChange={(e) => onChange({ ...filter, status: e.target.value as ActionStatus | '' })}
            >
              <SelectOption value="">{t.all}</SelectOption>
              {statusOptions().map((o) => (
                <SelectOption key={o.value} value={o.value}>
                  {o.label}
                </SelectOption>
              ))}
            </Select>
          </div>
        </FormField>
        <FormField type="checkbox" className="sw-field">
          <div className="sw-checkbox-line">
            <Checkbox
              id="acties-filter-overdue"
              checked={filter.overdueOnly}
              onChange={(e) => onChange({ ...filter, overdueOnly: e.target.checked })}
            />
            <FormLabel htmlFor="acties-filter-overdue" type="checkbox">
              {t.overdueOnly}
            </FormLabel>
          </div>
        </FormField>
      </div>
    </Fieldset>
  );
}
