import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { z } from 'zod';
import { StepForm, type StepFormProps } from '#src/forms/step-form';
import { DateField } from '#src/forms/fields';
import { renderStepForm } from '#tests/utils/render-step-form';
import { followUpPageNl } from '#src/i18n/nl/follow-up-page';
import { addMonths, todayInAmsterdam } from '#src/domain/dates';
import { LiveFundingTimeline } from './live-funding-timeline';

const t = followUpPageNl.timeline;

/** A step 3 of its own: one date field for the search start, and the timeline. */
function FundingForm(props: StepFormProps) {
  return (
    <StepForm {...props} schema={z.object({ structuralSearchStart: z.string() })}>
      <DateField name="structuralSearchStart" label="Start zoeken" />
      <LiveFundingTimeline />
    </StepForm>
  );
}

const sources = [{ id: 'a', name: 'Gemeente', from: '2026-01-01', to: '2099-12-31', structural: false }];

describe('the funding timeline in a step form', () => {
  it('follows what is typed, before anything is signed, with the rounds of step 10’s schedule', async () => {
    const { user } = renderStepForm(
      FundingForm,
      { sources, structuralSearchStart: '' },
      {
        partners: [],
        // Rounds are planned up to two years ahead: the first in six months, the next a year later.
        steps: { evaluatie: { frequency: 'jaarlijks', firstDate: addMonths(todayInAmsterdam(), 6) } },
        stepId: 'financiering',
      },
    );
    const region = screen.getByRole('region', { name: t.title });
    expect(within(region).getByText(/Gemeente: van 1 januari 2026 tot en met 31 december 2099\./)).toBeInTheDocument();
    expect(within(region).getByText(/Evaluatieronde 1\./)).toBeInTheDocument();
    expect(within(region).getByText(/Evaluatieronde 2\./)).toBeInTheDocument();
    expect(within(region).queryByText(new RegExp(t.facts.search))).toBeNull();

    await user.type(screen.getByLabelText('Start zoeken'), '2098-01-01');
    expect(await within(region).findByText(new RegExp(t.facts.search))).toBeInTheDocument();
  });

  it('says so when step 3 has no source with a start date yet', () => {
    renderStepForm(FundingForm, { structuralSearchStart: '' }, { partners: [], steps: {}, stepId: 'financiering' });
    expect(screen.getByText(t.empty)).toBeInTheDocument();
  });
});
