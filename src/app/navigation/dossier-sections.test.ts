import { describe, expect, it } from 'vitest';
import { sectionOf } from './dossier-sections';

describe('which part of a dossier a page is in', () => {
  it('marks the overview, a step, the agreement, partners and rounds, own page or nested', () => {
    expect(sectionOf('/d/abc', 'abc')).toEqual({ section: 'overview', exact: true });
    expect(sectionOf('/d/abc/', 'abc')).toEqual({ section: 'overview', exact: true });
    expect(sectionOf('/d/abc/stap/visie', 'abc')).toEqual({ section: 'steps', exact: true });
    expect(sectionOf('/d/abc/overeenkomst', 'abc')).toEqual({ section: 'agreement', exact: true });
    expect(sectionOf('/d/abc/versie/2', 'abc')).toEqual({ section: 'agreement', exact: false });
    expect(sectionOf('/d/abc/versie/2/wijzigingen', 'abc')).toEqual({ section: 'agreement', exact: false });
    expect(sectionOf('/d/abc/controleren', 'abc')).toEqual({ section: 'agreement', exact: false });
    expect(sectionOf('/d/abc/partners', 'abc')).toEqual({ section: 'partners', exact: true });
    expect(sectionOf('/d/abc/rondes', 'abc')).toEqual({ section: 'rounds', exact: true });
    expect(sectionOf('/d/abc/rondes/r1/papier/e1', 'abc')).toEqual({ section: 'rounds', exact: false });
    expect(sectionOf('/d/abc/acties', 'abc')).toEqual({ section: 'actions', exact: true });
  });

  it('marks nothing for another dossier or an unknown page', () => {
    expect(sectionOf('/d/abcd', 'abc')).toBeNull();
    expect(sectionOf('/d/other/partners', 'abc')).toBeNull();
    expect(sectionOf('/d/abc/onbekend', 'abc')).toBeNull();
    expect(sectionOf('/', 'abc')).toBeNull();
  });
});
