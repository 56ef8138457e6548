import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SharingChecklist } from './sharing-checklist';

const acute = { name: 'Aandachtsfunctionaris meldcode', phone: '0123 45 61 00', email: '' };
const radicalisation = { name: 'Meldpunt gemeente', phone: '', email: 'meldpunt@gemeente.example' };

function setup() {
  const user = userEvent.setup();
  render(<SharingChecklist acute={acute} radicalisation={radicalisation} />);
  const press = async (name: string | RegExp) => {
    screen.getByRole('button', { name }).focus();
    await user.keyboard('{Enter}');
  };
  /** Picks an answer with Space and moves on with Enter, as a keyboard user does. */
  const choose = async (label: string | RegExp) => {
    screen.getByRole('radio', { name: label }).focus();
    await user.keyboard(' ');
    await press('Volgende vraag');
  };
  return { user, press, choose };
}

const question = (text: RegExp) => screen.getByText(text, { selector: '.sw-checklist-question' });

describe('pre-sharing checklist', () => {
  it('says plainly that it stores nothing, and links out as external websites', () => {
    setup();
    expect(screen.getByText(/Deze controlelijst bewaart niets/)).toBeInTheDocument();
    const method = screen.getByRole('link', {
      name: /Werkwijze informatie delen bij mogelijke radicalisering \(externe website\)/,
    });
    expect(method).toHaveAttribute(
      'href',
      'https://www.socialestabiliteit.nl/werkwijze-informatie-delen-bij-mogelijke-radicalisering',
    );
    expect(method).not.toHaveAttribute('target');
    expect(screen.getByRole('link', { name: /Jeugdconnect.*\(externe website\)/ })).toHaveAttribute(
      'href',
      'https://www.jeugdconnect.nl',
    );
  });

  it('marks steps 2 to 7 of the working method as our reconstruction', () => {
    setup();
    const items = within(screen.getByText('De werkwijze in zeven stappen').closest('details')!).getAllByRole('listitem');
    expect(items).toHaveLength(7);
    expect(items[0]).not.toHaveTextContent('(reconstructie)');
    for (const item of items.slice(1)) expect(item).toHaveTextContent('(reconstructie)');
  });

  it('walks to "share" by keyboard, moving focus to each new question, and ends with what to record', async () => {
    const { press, choose } = setup();
    await press('Controlelijst starten');
    expect(question(/Vraag 1: Waar gaat uw zorg over/)).toHaveFocus();
    await choose(/Een andere zorg/);
    expect(question(/Vraag 2: Weet u precies waarom/)).toHaveFocus();
    await choose('Ja, het doel is duidelijk');
    await choose('Ja');
    await choose('Nee, er moet een naam gedeeld worden');
    await choose('Ja');
    await choose('Nee, de ander moet ook weten wát er speelt');
    await choose('Nee');
    await choose('Ja');
    await choose('Met toestemming');
    expect(question(/Vraag 10: Hoe oud is de jongere/)).toHaveFocus();
    // The consent rule is shown where consent is asked, and describes the question.
    const group = screen.getByRole('group', { name: /Hoe oud is de jongere/ });
    expect(group).toHaveAccessibleDescription(/12 tot en met 15 jaar: de jongere én de ouders of voogd, allebei/);
    await choose('12 tot en met 15 jaar');
    expect(screen.getByRole('group', { name: /Is er gericht toestemming gegeven/ })).toHaveTextContent(
      '16 jaar en ouder: de jongere zelf.',
    );
    await choose('Ja');
    await choose('Ja');
    const outcome = screen.getByRole('heading', { name: 'Uitkomst: U kunt delen, met mate' });
    expect(outcome).toHaveFocus();
    const record = screen.getByRole('heading', { name: 'Leg dit vast in uw eigen dossier' });
    const list = record.nextElementSibling!.nextElementSibling as HTMLElement;
    expect(within(list).getByText(/Wie toestemming gaf \(de jongere én de ouders of voogd, allebei\)/)).toBeInTheDocument();
    expect(within(list).getByText('Wat u precies deelde, met wie, wanneer en hoe.')).toBeInTheDocument();
  });

  it('asks for an answer before moving on', async () => {
    const { press } = setup();
    await press('Controlelijst starten');
    await press('Volgende vraag');
    const group = screen.getByRole('group', { name: /Waar gaat uw zorg over/ });
    expect(group).toHaveAccessibleDescription(/Kies eerst een antwoord/);
    expect(question(/Vraag 1/)).toBeInTheDocument();
  });

  it('sends acute danger to the acute route with the agreed contact', async () => {
    const { press, choose } = setup();
    await press('Controlelijst starten');
    await choose(/Acuut gevaar/);
    expect(screen.getByRole('heading', { name: /Volg direct de route voor acute zorgen/ })).toHaveFocus();
    expect(screen.getByText(/Aandachtsfunctionaris meldcode · 0123 45 61 00/)).toBeInTheDocument();
    expect(screen.getByText(/0800-2000/)).toBeInTheDocument();
  });

  it('shows the municipal contact point for radicalisation concerns', async () => {
    const { press, choose } = setup();
    await press('Controlelijst starten');
    await choose('Mogelijke radicalisering');
    await choose('Ja, het doel is duidelijk');
    await choose('Ja');
    await choose('Ja, anoniem advies is genoeg');
    expect(screen.getByRole('heading', { name: /Vraag anoniem advies/ })).toHaveFocus();
    expect(screen.getByText(/Meldpunt gemeente · meldpunt@gemeente.example/)).toBeInTheDocument();
  });

  it('goes back with the earlier answer still chosen, restarts and closes', async () => {
    const { press, choose } = setup();
    await press('Controlelijst starten');
    await choose('Mogelijke radicalisering');
    await press('Vorige vraag');
    expect(question(/Vraag 1/)).toHaveFocus();
    expect(screen.getByRole('radio', { name: 'Mogelijke radicalisering' })).toBeChecked();
    await choose('Mogelijke radicalisering');
    await press('Opnieuw beginnen');
    expect(question(/Vraag 1/)).toHaveFocus();
    expect(screen.queryByText('Uw antwoorden tot nu toe')).not.toBeInTheDocument();
    await press('Controlelijst sluiten');
    expect(screen.getByRole('button', { name: 'Controlelijst starten' })).toHaveFocus();
  });

  it('keeps nothing in the browser storage', async () => {
    localStorage.clear();
    sessionStorage.clear();
    const { press, choose } = setup();
    await press('Controlelijst starten');
    await choose(/Een andere zorg/);
    await choose('Nee, nog niet');
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
  });
});
