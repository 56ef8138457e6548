import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { StudentSurvey } from '#src/domain/evaluation/api';
import { STUDENT_QUESTIONS } from '#src/domain/evaluation/atoms';
import { STUDENT_ANSWERS, STUDENT_NEEDS } from '#src/domain/evaluation/student-survey';
import { evaluationNl } from '#src/i18n/nl/evaluation';
import { StudentForm } from './student-form';

/** The survey as GET /api/peiling gives it: the texts come from the server. */
const survey: StudentSurvey = {
  title: evaluationNl.students.title,
  intro: evaluationNl.students.intro,
  open: true,
  answered: false,
  questions: STUDENT_QUESTIONS.map((id) => ({ id, text: evaluationNl.students.questions[id] })),
  answers: STUDENT_ANSWERS.map((value) => ({ value, label: evaluationNl.students.answers[value] })),
  needsQuestion: evaluationNl.students.needsQuestion,
  needs: STUDENT_NEEDS.map(({ value, label }) => ({ value, label })),
};

function renderForm(props: { busy?: boolean; error?: string } = {}) {
  const onSend = vi.fn();
  const user = userEvent.setup();
  render(<StudentForm survey={survey} busy={props.busy ?? false} error={props.error ?? ''} onSend={onSend} />);
  return { onSend, user };
}

describe("the students' short form", () => {
  it('asks the four questions with ja, nee and weet ik niet, and what students would like, with "iets anders"', () => {
    renderForm();
    for (const id of STUDENT_QUESTIONS) {
      const group = screen.getByRole('group', { name: evaluationNl.students.questions[id] });
      expect(
        within(group)
          .getAllByRole('radio')
          .map((r) => r.closest('.sw-option')?.textContent),
      ).toEqual(['Ja', 'Nee', 'Weet ik niet']);
    }
    const needs = screen.getByRole('group', { name: evaluationNl.students.needsQuestion });
    expect(within(needs).getAllByRole('checkbox')).toHaveLength(STUDENT_NEEDS.length);
    expect(within(needs).getByLabelText('Iets anders')).toBeInTheDocument();
    // Nothing to type: no text field anywhere.
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('can be answered by keyboard only, and sends only the answers given', async () => {
    const { onSend, user } = renderForm();
    // Tab to the first question, choose with the arrow keys (a radio group), Space checks a box.
    await user.tab();
    const first = within(screen.getByRole('group', { name: evaluationNl.students.questions.visible }));
    expect(first.getByLabelText('Ja')).toHaveFocus();
    await user.keyboard(' ');
    expect(first.getByLabelText('Ja')).toBeChecked();
    await user.keyboard('{ArrowDown}');
    expect(first.getByLabelText('Nee')).toBeChecked();
    const other = screen.getByLabelText('Iets anders');
    other.focus();
    await user.keyboard(' ');
    expect(other).toBeChecked();
    screen.getByRole('button', { name: 'Versturen' }).focus();
    await user.keyboard('{Enter}');

    expect(onSend).toHaveBeenCalledTimes(1);
    expect(onSend).toHaveBeenCalledWith({ answers: { visible: 'nee' }, needs: ['iets_anders'] });
  });

  it('says in "je" what to do when nothing is answered, and sends nothing', async () => {
    const { onSend, user } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Versturen' }));
    expect(onSend).not.toHaveBeenCalled();
    expect(await screen.findByRole('alert')).toHaveTextContent(evaluationNl.rounds.studentEmpty);
    await user.click(within(screen.getByRole('group', { name: evaluationNl.students.questions.gotHelp })).getByLabelText('Ja'));
    await user.click(screen.getByRole('button', { name: 'Versturen' }));
    expect(onSend).toHaveBeenCalledWith({ answers: { gotHelp: 'ja' }, needs: [] });
  });

  it('keeps the answers while sending fails, with the reason in words', () => {
    renderForm({ error: 'Je telefoon heeft nu geen verbinding.' });
    expect(screen.getByRole('alert')).toHaveTextContent('Je telefoon heeft nu geen verbinding.');
    expect(screen.getByRole('button', { name: 'Versturen' })).toBeEnabled();
  });
});
