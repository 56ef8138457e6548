import { describe, expect, it } from 'vitest';
import { FUNDING_ROUTES, FUNDING_ROUTE_VALUES } from './funding-routes';
import { INTRODUCTION_ACTIONS, INTRODUCTION_ACTION_VALUES } from './introduction-actions';
import { OCCASIONS, OCCASION_VALUES } from './occasions';
import { SIGNAL_CHANNELS, SIGNAL_CHANNEL_VALUES } from './signal-channels';
import { SIGNAL_KINDS, SIGNAL_KIND_VALUES } from './signal-kinds';
import { isSuggestion, type CatalogueItem } from './item';
import { SOURCES } from './provenance';

const lists: [string, readonly CatalogueItem[], readonly string[]][] = [
  ['occasions', OCCASIONS, OCCASION_VALUES],
  ['signal kinds', SIGNAL_KINDS, SIGNAL_KIND_VALUES],
  ['signal channels', SIGNAL_CHANNELS, SIGNAL_CHANNEL_VALUES],
  ['introduction actions', INTRODUCTION_ACTIONS, INTRODUCTION_ACTION_VALUES],
  ['funding routes', FUNDING_ROUTES, FUNDING_ROUTE_VALUES],
];

describe('catalogue lists', () => {
  it.each(lists)('%s: unique values, a label, a short explanation and a provenance', (_name, items, values) => {
    expect(values).toEqual(items.map((i) => i.value));
    expect(new Set(values).size).toBe(values.length);
    for (const item of items) {
      expect(item.value).toMatch(/^[a-z_]+$/);
      expect(item.label.trim()).not.toBe('');
      expect(item.explanation.length, item.value).toBeGreaterThan(10);
      expect(item.explanation.length, item.value).toBeLessThanOrEqual(160);
      if (item.provenance.status === 'sourced') {
        expect(item.provenance.sources.length).toBeGreaterThan(0);
        for (const s of item.provenance.sources) expect(SOURCES[s]).toBeDefined();
      } else {
        expect(item.provenance.basis.trim()).not.toBe('');
      }
    }
  });

  // Saved dossiers and the example hold these values: they may gain items, never lose or rename one.
  it('keeps the stored values', () => {
    expect(OCCASION_VALUES).toEqual([
      'middelengebruik',
      'online',
      'veiligheid',
      'welzijn',
      'schooluitval',
      'polarisatie',
      'anders',
    ]);
    expect(SIGNAL_KIND_VALUES).toEqual([
      'verzuim',
      'gedrag',
      'thuissituatie',
      'middelen',
      'online',
      'criminaliteit',
      'radicalisering',
      'anders',
    ]);
    expect(INTRODUCTION_ACTION_VALUES).toEqual([
      'klassenbezoek',
      'poster',
      'teamvergadering',
      'presentatie_mentoren',
      'nieuwsbrief',
      'ouderavond',
      'social_media',
      'anders',
    ]);
    expect(FUNDING_ROUTE_VALUES).toEqual([
      'gemeentelijke_begroting',
      'gezamenlijke_subsidie',
      'gemeentelijke_portefeuilles',
      'fonds',
      'anders',
    ]);
  });

  it('marks what the plan names as sourced and our additions as suggestions', () => {
    const sourcedValues = (items: readonly CatalogueItem[]) => items.filter((i) => !isSuggestion(i)).map((i) => i.value);
    expect(sourcedValues(OCCASIONS)).toEqual(['middelengebruik', 'online', 'anders']);
    expect(sourcedValues(INTRODUCTION_ACTIONS)).toEqual([
      'klassenbezoek',
      'poster',
      'teamvergadering',
      'presentatie_mentoren',
      'nieuwsbrief',
      'anders',
    ]);
    expect(sourcedValues(FUNDING_ROUTES)).toEqual(FUNDING_ROUTE_VALUES);
    expect(sourcedValues(SIGNAL_CHANNELS)).toEqual(['overleg']);
  });
});
