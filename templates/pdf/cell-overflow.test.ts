import { describe, expect, it } from 'vitest';
import { splitCell } from './cell-overflow';

const portrait = { width: 483, height: 720 };
const words = (n: number) => Array.from({ length: n }, (_, i) => `woord${i}`).join(' ');

describe('splitCell', () => {
  it('leaves a cell that fits alone', () => {
    expect(splitCell('Actie 1: spreekuur\nElke dinsdag.', 0.3, portrait)).toEqual({
      kept: 'Actie 1: spreekuur\nElke dinsdag.',
      rest: null,
    });
  });

  it('keeps the beginning of a long cell and hands back the rest, losing nothing but the space at the cut', () => {
    const text = `Actie 1: spreekuur\n${words(800)}`;
    const { kept, rest } = splitCell(text, 0.3, portrait);
    expect(rest).not.toBeNull();
    expect(kept.startsWith('Actie 1: spreekuur\nwoord0 woord1')).toBe(true);
    expect(`${kept} ${rest}`.replace('\n', ' ')).toBe(text.replace('\n', ' '));
  });

  it('keeps less in a narrow column than in a wide one, and less on a landscape page than a portrait one', () => {
    const text = words(1500);
    const narrow = splitCell(text, 0.1, portrait).kept.length;
    const wide = splitCell(text, 0.5, portrait).kept.length;
    const landscape = splitCell(text, 0.5, { width: 483, height: 473 }).kept.length;
    expect(narrow).toBeLessThan(wide);
    expect(landscape).toBeLessThan(wide);
  });
});
