import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { ChartWithTable } from './chart-with-table';

describe('ChartWithTable', () => {
  it('gives a chart a title, a summary, one image for the drawing and the same figures as a table', () => {
    render(
      <ChartWithTable
        title="Acties gereed"
        summary="Gestegen van 70% naar 90%."
        tableHint="Dezelfde cijfers staan in de tabel."
        chart={<svg data-testid="drawing" />}
        table={{
          columns: [{ header: 'Meting' }, { header: 'Percentage', align: 'right' }],
          rows: [
            ['Ronde 1', '70%'],
            ['Ronde 2', '90%'],
          ],
          marked: [1],
        }}
      />,
    );
    const region = screen.getByRole('region', { name: 'Acties gereed' });
    expect(within(region).getByRole('heading', { level: 3, name: 'Acties gereed' })).toBeTruthy();
    const image = within(region).getByRole('img', { name: 'Acties gereed. Dezelfde cijfers staan in de tabel.' });
    expect(image.getAttribute('aria-describedby')).toBe(within(region).getByText('Gestegen van 70% naar 90%.').id);
    expect(within(image).getByTestId('drawing')).toBeTruthy();

    const table = within(region).getByRole('table', { name: 'Acties gereed' });
    const rows = within(table).getAllByRole('row').slice(1);
    // The first cell names its row; the others are read with their column.
    expect(within(rows[0]!).getByRole('rowheader').textContent).toBe('Ronde 1');
    const cell = within(rows[1]!).getByRole('cell');
    expect(within(cell).getByText('90%', { exact: false })).toBeTruthy();
    // Its column's name is repeated in the cell for stacked rows on a phone, hidden from screen readers (they have the header).
    expect(within(cell).getByText('Percentage').getAttribute('aria-hidden')).toBe('true');
    expect(rows[1]!.className).toContain('sw-data-marked');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Meting', 'Percentage']);
  });
});
