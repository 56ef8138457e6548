import {
  Checkbox,
  FormField,
  FormFieldDescription,
  FormLabel,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { LIFECYCLE_LABELS, LIFECYCLE_STATES, type LifecycleState } from '#src/domain/agreement/lifecycle.machine';
import { SORT_KEYS, type PortfolioView, type SortKey } from '#src/domain/workspace/portfolio-view';
import { workspaceNl } from '#src/i18n/nl/workspace';

const t = workspaceNl.portfolio;

/** Search, phase and sort for the portfolio; the table follows as a person types or chooses. */
export function PortfolioControls({ view, onChange }: { view: PortfolioView; onChange: (view: PortfolioView) => void }) {
  return (
    <div className="sw-portfolio-controls">
      <FormField type="text">
        <FormLabel htmlFor="portfolio-zoeken">{t.search}</FormLabel>
        <FormFieldDescription id="portfolio-zoeken-hint">{t.searchHint}</FormFieldDescription>
        <Textbox
          id="portfolio-zoeken"
          type="search"
          aria-describedby="portfolio-zoeken-hint"
          value={view.query}
          onChange={(e) => onChange({ ...view, query: e.target.value })}
        />
      </FormField>
      <FormField type="select">
        <FormLabel htmlFor="portfolio-fase">{t.phase}</FormLabel>
        <Select
          id="portfolio-fase"
          value={view.lifecycle}
          onChange={(e) => onChange({ ...view, lifecycle: e.target.value as LifecycleState | '' })}
        >
          <SelectOption value="">{t.allPhases}</SelectOption>
          {LIFECYCLE_STATES.map((s) => (
            <SelectOption key={s} value={s}>
              {LIFECYCLE_LABELS[s]}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <FormField type="select">
        <FormLabel htmlFor="portfolio-sorteren">{t.sort}</FormLabel>
        <Select
          id="portfolio-sorteren"
          value={view.sort}
          onChange={(e) => onChange({ ...view, sort: e.target.value as SortKey })}
        >
          {SORT_KEYS.map((k) => (
            <SelectOption key={k} value={k}>
              {t.sortLabels[k]}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <FormField type="checkbox">
        <Checkbox
          id="portfolio-aflopend"
          checked={view.descending}
          onChange={(e) => onChange({ ...view, descending: e.target.checked })}
        />
        <FormLabel htmlFor="portfolio-aflopend" type="checkbox">
          {t.descending}
        </FormLabel>
      </FormField>
    </div>
  );
}
