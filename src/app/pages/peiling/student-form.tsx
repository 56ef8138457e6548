import { useState } from 'react';
import { Paragraph } from '@utrecht/component-library-react';
import type { StudentSurvey } from '#src/domain/evaluation/api';
import type { StudentResponseBody } from '#src/domain/evaluation/student-survey';
import { CheckboxesField, RadioField } from '#src/forms/choice-fields';
import { StepForm } from '#src/forms/step-form';
import { SubmitBar } from '#src/forms/submit-bar';
import { evaluationNl } from '#src/i18n/nl/evaluation';
import { roundsNl } from '#src/i18n/nl/rounds';
import { emptyStudentForm, isEmpty, studentFormSchema, toStudentResponse } from './student-form-schema';

const t = roundsNl.students;

/**
 * The students' short form: four questions (ja, nee, weet ik niet) and what they would like from the
 * youth workers, with "iets anders". Texts come from the survey itself. Nothing typed, nothing named.
 */
export function StudentForm({
  survey,
  busy,
  error,
  onSend,
}: {
  survey: StudentSurvey;
  busy: boolean;
  error: string;
  onSend: (body: StudentResponseBody) => void;
}) {
  const [empty, setEmpty] = useState(false);
  const answers = survey.answers.map((a) => ({ value: a.value, label: a.label }));
  return (
    <StepForm
      schema={studentFormSchema}
      defaultValues={emptyStudentForm()}
      onSubmit={(values) => {
        const body = toStudentResponse(values);
        setEmpty(isEmpty(body));
        if (!isEmpty(body)) onSend(body);
      }}
      actions={
        <SubmitBar label={t.send} busy={busy} busyText={t.sending} error={empty ? evaluationNl.rounds.studentEmpty : error} />
      }
    >
      <Paragraph>{survey.intro}</Paragraph>
      {survey.questions.map((q) => (
        <RadioField key={q.id} name={`answers.${q.id}`} label={q.text} options={answers} />
      ))}
      <CheckboxesField
        name="needs"
        label={survey.needsQuestion}
        options={survey.needs.map((n) => ({ value: n.value, label: n.label }))}
      />
    </StepForm>
  );
}
