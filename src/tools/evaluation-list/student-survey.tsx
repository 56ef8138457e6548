import { useWatch } from 'react-hook-form';
import { Fieldset, FieldsetLegend, FormFieldDescription } from '@utrecht/component-library-react';
import { NumberField } from '#src/forms/fields';
import { fieldId } from '#src/forms/field-id';
import { studentResults } from './compute';
import { STUDENT_QUESTIONS } from './schema';
import { evaluationCopy } from './copy';

const c = evaluationCopy.students;

/** The short student version: respondents and yes-counts, with the percentage next to each count. */
export function StudentSurvey({ prefix }: { prefix: string }) {
  const students = useWatch({ name: `${prefix}.students` });
  const { respondents, rows } = studentResults(students);
  return (
    <Fieldset>
      <FieldsetLegend>{c.legend}</FieldsetLegend>
      <FormFieldDescription>{c.hint}</FormFieldDescription>
      <NumberField name={`${prefix}.students.respondents`} label={c.respondents.label} integer optional />
      {STUDENT_QUESTIONS.map((q, i) => {
        const row = rows[i];
        const name = `${prefix}.students.${q}`;
        const text =
          row.yes === undefined
            ? ''
            : row.impossible
              ? c.impossible
              : row.percent !== null
                ? c.percent(row.percent)
                : respondents === undefined
                  ? c.noN
                  : '';
        return (
          <div key={q} className="sw-survey-question">
            <NumberField name={name} label={c.yesLabel(c.questions[q])} integer optional />
            <output htmlFor={fieldId(name)} className="sw-percent">
              {text}
            </output>
          </div>
        );
      })}
    </Fieldset>
  );
}
