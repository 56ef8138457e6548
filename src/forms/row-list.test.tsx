import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { z } from '#src/domain/zod-nl';
import { list, text } from '#src/domain/fields';
import { renderStepForm } from '#tests/utils/render-step-form';
import { StepForm, type StepFormProps } from './step-form';
import { TextField } from './fields';
import { RowList, type RowListProps } from './row-list';

const schema = z.object({ items: list('complete', { name: text('complete') }, { max: 3 }) });
const nameField = (prefix: string) => <TextField name={`${prefix}.name`} label="Naam" />;

function example(props: Partial<RowListProps>) {
  return function Example(formProps: StepFormProps) {
    return (
      <StepForm {...formProps} schema={schema}>
        <RowList
          name="items"
          legend="Items"
          rowLabel={(i) => `Item ${i + 1}`}
          addLabel="Item toevoegen"
          newRow={() => ({ name: '' })}
          {...props}
        >
          {nameField}
        </RowList>
      </StepForm>
    );
  };
}
const items = (...names: string[]) => ({ items: names.map((name) => ({ id: name, name })) });

describe('row list', () => {
  it('at its maximum, says so instead of offering the add button', () => {
    renderStepForm(example({ max: 3, maxText: 'Hoogstens drie items.' }), items('a', 'b', 'c'));
    expect(screen.queryByRole('button', { name: 'Item toevoegen' })).toBeNull();
    expect(screen.getByText('Hoogstens drie items.')).toBeInTheDocument();
  });

  it('keeps hidden rows in the form, and after a removal skips them when moving focus', async () => {
    const { user, onChange } = renderStepForm(example({ hiddenRows: new Set(['b']) }), items('a', 'b', 'c'));
    expect(screen.getAllByRole('group', { name: /^Item \d$/ })).toHaveLength(2);
    screen.getByRole('button', { name: 'Item 1 verwijderen' }).focus();
    await user.keyboard('{Enter}');
    // Item "b" took the place but is hidden: focus goes to the next row that is shown.
    expect(within(screen.getByRole('group', { name: 'Item 2' })).getByLabelText('Naam')).toHaveFocus();
    expect(onChange.mock.lastCall![0].items.map((r: { id: string }) => r.id)).toEqual(['b', 'c']);
  });

  it('offers no move buttons unless reorderable', () => {
    renderStepForm(example({}), items('a', 'b'));
    expect(screen.queryByRole('button', { name: /Omhoog|Omlaag/ })).toBeNull();
  });

  it('undoes a removal by keyboard: the row comes back in its place with its values, and focus in it', async () => {
    const { user, onChange } = renderStepForm(example({}), items('a', 'b', 'c'));
    screen.getByRole('button', { name: 'Item 2 verwijderen' }).focus();
    await user.keyboard('{Enter}');
    expect(onChange.mock.lastCall![0].items.map((r: { id: string }) => r.id)).toEqual(['a', 'c']);
    expect(screen.getByText(/^Item 2 is verwijderd\. Onder de lijst/)).toBeInTheDocument();
    const undo = screen.getByRole('button', { name: 'Ongedaan maken: Item 2 terugzetten' });
    undo.focus();
    await user.keyboard('{Enter}');
    expect(onChange.mock.lastCall![0].items).toEqual([
      { id: 'a', name: 'a' },
      { id: 'b', name: 'b' },
      { id: 'c', name: 'c' },
    ]);
    expect(within(screen.getByRole('group', { name: 'Item 2' })).getByLabelText('Naam')).toHaveFocus();
    expect(screen.getByText('Item 2 staat er weer.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Ongedaan maken/ })).toBeNull();
  });

  it('stops offering undo after another change to the list', async () => {
    const { user } = renderStepForm(example({}), items('a', 'b'));
    await user.click(screen.getByRole('button', { name: 'Item 1 verwijderen' }));
    expect(screen.getByRole('button', { name: /Ongedaan maken/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Item toevoegen' }));
    expect(screen.queryByRole('button', { name: /Ongedaan maken/ })).toBeNull();
  });
});
