import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { z } from 'zod';
import { StepForm, type StepFormProps } from './step-form';
import { NoPartnersNote, PartnerSelectField } from './partner-select-field';
import type { Partner } from '#src/domain/partners';
import { renderStepForm } from '#tests/utils/render-step-form';

const partners: Partner[] = [
  { id: 'g', kind: 'gemeente', name: 'Gemeente Zaanstad' },
  { id: 'j', kind: 'jongerenwerk', name: '' },
];
const schema = z.object({ partnerId: z.string().optional() });

/** An example usage: a form that chooses one partner, optionally of one kind. */
const example = (kinds?: Partner['kind'][], noPartnersHint?: boolean) =>
  function ExampleForm(props: StepFormProps) {
    return (
      <StepForm {...props} schema={schema}>
        <NoPartnersNote />
        <PartnerSelectField
          name="partnerId"
          label="Organisatie"
          hint="Wie doet het?"
          kinds={kinds}
          noPartnersHint={noPartnersHint}
        />
      </StepForm>
    );
  };

const options = () =>
  within(screen.getByLabelText('Organisatie'))
    .getAllByRole('option')
    .map((o) => o.textContent);

describe('PartnerSelectField', () => {
  it('offers the partners of step 1, named by kind while they have no name, with its own hint', () => {
    renderStepForm(example(), {}, { partners, steps: {} });
    expect(options()).toEqual(['Kies…', 'Gemeente Zaanstad (gemeente)', 'Jongerenwerk']);
    expect(screen.getByLabelText('Organisatie')).toHaveAccessibleDescription('Wie doet het?');
    expect(screen.queryByText(/legt u vast in stap 1/)).not.toBeInTheDocument();
  });

  it('offers only partners of the given kinds, and says which kind is missing', () => {
    renderStepForm(example(['school']), {}, { partners, steps: {} });
    expect(options()).toEqual(['Kies…']);
    expect(screen.getByLabelText('Organisatie')).toHaveAccessibleDescription(/^Er is nog geen school bekend\. .*stap 1/);
  });

  it('says where partners come from while step 1 has none, in the field and above the list', () => {
    renderStepForm(example());
    expect(screen.getByLabelText('Organisatie')).toHaveAccessibleDescription(/^Er zijn nog geen organisaties bekend\. .*stap 1/);
    expect(screen.getByRole('paragraph')).toHaveTextContent(/legt u vast in stap 1/);
  });

  it('can leave that to the note above the list, so it is not said twice', () => {
    renderStepForm(example(undefined, false));
    expect(screen.getByLabelText('Organisatie')).toHaveAccessibleDescription('Wie doet het?');
    expect(screen.getAllByText(/legt u vast in stap 1/)).toHaveLength(1);
  });
});
