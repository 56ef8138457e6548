import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { FormProvider, useForm } from 'react-hook-form';
import { sourced, suggestion } from '#src/domain/catalogue/provenance';
import { catalogueOptions } from './catalogue-options';
import { CheckboxesField, RadioField } from './choice-fields';
import { SelectField } from './fields';

const items = [
  { value: 'plan', label: 'Uit het plan', explanation: 'Staat zo in het stappenplan.', provenance: sourced('stappenplan') },
  { value: 'eigen', label: 'Eigen idee', explanation: 'Een aanvulling van ons.', provenance: suggestion('Eigen aanvulling') },
];
const options = catalogueOptions(items);

function Example() {
  const methods = useForm({ defaultValues: { many: [], one: '', pick: '' } });
  return (
    <FormProvider {...methods}>
      <CheckboxesField name="many" label="Meerdere" options={options} />
      <RadioField name="one" label="Eén" options={options} />
      <SelectField name="pick" label="Keuzelijst" options={options} />
    </FormProvider>
  );
}

describe('catalogue options', () => {
  it('carries the explanation as hint and marks suggestions', () => {
    expect(options).toEqual([
      { value: 'plan', label: 'Uit het plan', hint: 'Staat zo in het stappenplan.', suggestion: false },
      { value: 'eigen', label: 'Eigen idee', hint: 'Een aanvulling van ons.', suggestion: true },
    ]);
    expect(catalogueOptions(items, { explain: false })[0].hint).toBeUndefined();
  });

  it('checkboxes and radios say "(voorbeeld, niet uit het stappenplan)" and are described by the explanation', () => {
    render(<Example />);
    for (const group of ['Meerdere', 'Eén']) {
      const fieldset = screen.getByRole('group', { name: group });
      const own = within(fieldset).getByRole(group === 'Eén' ? 'radio' : 'checkbox', {
        name: 'Eigen idee (voorbeeld, niet uit het stappenplan)',
      });
      expect(own).toHaveAccessibleDescription('Een aanvulling van ons.');
      const plan = within(fieldset).getByRole(group === 'Eén' ? 'radio' : 'checkbox', { name: 'Uit het plan' });
      expect(plan).toHaveAccessibleDescription('Staat zo in het stappenplan.');
    }
  });

  it('a select option says "(voorbeeld, niet uit het stappenplan)" in its text', () => {
    render(<Example />);
    const select = screen.getByRole('combobox', { name: 'Keuzelijst' });
    expect(within(select).getByRole('option', { name: 'Eigen idee (voorbeeld, niet uit het stappenplan)' })).toHaveValue('eigen');
    expect(within(select).getByRole('option', { name: 'Uit het plan' })).toHaveValue('plan');
  });
});
