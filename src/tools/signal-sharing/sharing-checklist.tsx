import { useEffect, useRef, useState } from 'react';
import {
  Alert,
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Heading3,
  OrderedList,
  OrderedListItem,
  Paragraph,
  RadioButton,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { answer, attentionPoints, back, optionsOf, recordItems, walk, type Answers, type QuestionId } from './checklist';
import { ConsentRule } from './consent-rule';
import { checklistCopy as t } from './copy';
import { ExternalLink } from './external-link';
import { WORKING_METHOD } from './working-method';
import './signal-sharing.css';

/** The contact details of a route as agreed in step 6 (collaboration level, never about a young person). */
export interface RouteContact {
  name?: string;
  email?: string;
  phone?: string;
}

const questionText = (q: QuestionId) => t.questions[q].question;
const optionLabel = (q: QuestionId, value: string) => (t.questions[q].options as Record<string, string>)[value] ?? value;
const hintOf = (q: QuestionId) => ('hint' in t.questions[q] ? (t.questions[q] as { hint: string }).hint : undefined);
const asksConsent = (q: QuestionId) => q === 'leeftijd' || q === 'toestemming' || q === 'uitzondering';

/**
 * The checklist a professional walks through before sharing information about a young person. It
 * keeps its answers in component state only: nothing goes into the step's form, the browser's storage
 * or the network, and there is no free text to type a name into. Focus moves to each new question.
 */
export function SharingChecklist({ acute, radicalisation }: { acute: RouteContact; radicalisation: RouteContact }) {
  const [open, setOpen] = useState(false);
  const [answers, setAnswers] = useState<Answers>({});
  const [selected, setSelected] = useState('');
  const [missing, setMissing] = useState(false);
  // Focus follows every step of the walk, not the first render of the page.
  const [focusRequest, setFocusRequest] = useState(0);
  const focusTarget = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focusRequest > 0) focusTarget.current?.focus();
  }, [focusRequest]);
  const moved = () => setFocusRequest((n) => n + 1);

  const { asked, current, outcome } = walk(answers);

  const start = () => {
    setAnswers({});
    setSelected('');
    setMissing(false);
    setOpen(true);
    moved();
  };
  const close = () => {
    setAnswers({});
    setOpen(false);
    moved();
  };
  const next = () => {
    if (!current) return;
    if (!selected) {
      setMissing(true);
      return;
    }
    setAnswers(answer(answers, current, selected));
    setSelected('');
    setMissing(false);
    moved();
  };
  const previous = () => {
    const last = asked[asked.length - 1];
    if (!last) return;
    setSelected(answers[last] ?? '');
    setAnswers(back(answers));
    setMissing(false);
    moved();
  };

  return (
    <section className="sw-checklist" aria-labelledby="checklist-titel">
      <Heading2 id="checklist-titel">{t.title}</Heading2>
      <Paragraph>{t.intro}</Paragraph>
      <Alert type="info">
        <Paragraph>{t.nothingStored}</Paragraph>
      </Alert>

      {!open && (
        <ButtonGroup>
          <Button
            type="button"
            appearance="primary-action-button"
            ref={focusTarget as React.Ref<HTMLButtonElement>}
            onClick={start}
          >
            {t.start}
          </Button>
        </ButtonGroup>
      )}

      {open && asked.length > 0 && (
        <div className="sw-checklist-answers">
          <Paragraph>
            <strong>{t.answersTitle}</strong>
          </Paragraph>
          <OrderedList>
            {asked.map((q) => (
              <OrderedListItem key={q}>{t.answerLine(questionText(q), optionLabel(q, answers[q]!))}</OrderedListItem>
            ))}
          </OrderedList>
        </div>
      )}

      {open && current && (
        <Fieldset
          key={current}
          invalid={missing}
          aria-describedby={
            [
              hintOf(current) ? 'checklist-hint' : '',
              asksConsent(current) ? 'checklist-toestemming' : '',
              missing ? 'checklist-fout' : '',
            ]
              .filter(Boolean)
              .join(' ') || undefined
          }
        >
          <FieldsetLegend>
            <span className="sw-checklist-question" tabIndex={-1} ref={focusTarget as React.Ref<HTMLSpanElement>}>
              {t.questionNumber(asked.length + 1)}: {questionText(current)}
            </span>
          </FieldsetLegend>
          {hintOf(current) && <FormFieldDescription id="checklist-hint">{hintOf(current)}</FormFieldDescription>}
          {asksConsent(current) && <ConsentRule id="checklist-toestemming" />}
          {missing && <FormFieldErrorMessage id="checklist-fout">{t.chooseFirst}</FormFieldErrorMessage>}
          {optionsOf(current).map((value) => {
            const id = `checklist-${current}-${value}`;
            return (
              <FormField key={value} type="radio" className="sw-option">
                <RadioButton
                  id={id}
                  name={`checklist-${current}`}
                  value={value}
                  checked={selected === value}
                  invalid={missing}
                  onChange={() => {
                    setSelected(value);
                    setMissing(false);
                  }}
                />
                <FormLabel htmlFor={id} type="radio">
                  {optionLabel(current, value)}
                </FormLabel>
              </FormField>
            );
          })}
        </Fieldset>
      )}

      {open && outcome && (
        <Outcome
          answers={answers}
          acute={acute}
          radicalisation={radicalisation}
          focusRef={focusTarget as React.Ref<HTMLHeadingElement>}
        />
      )}

      {open && (
        <ButtonGroup>
          {current && (
            <Button type="button" appearance="primary-action-button" onClick={next}>
              {t.next}
            </Button>
          )}
          {asked.length > 0 && (
            <Button type="button" appearance="secondary-action-button" onClick={previous}>
              {t.back}
            </Button>
          )}
          {asked.length > 0 && (
            <Button type="button" appearance="secondary-action-button" onClick={start}>
              {t.restart}
            </Button>
          )}
          <Button type="button" appearance="subtle-button" onClick={close}>
            {t.close}
          </Button>
        </ButtonGroup>
      )}

      <details className="sw-checklist-method">
        <summary>{t.workingMethod.title}</summary>
        <Paragraph>{t.workingMethod.intro}</Paragraph>
        <OrderedList>
          {WORKING_METHOD.map((s) => (
            <OrderedListItem key={s.step}>
              {s.text}
              {s.provenance.status === 'suggestion' && (
                <span className="sw-reconstruction"> {t.workingMethod.reconstruction}</span>
              )}
            </OrderedListItem>
          ))}
        </OrderedList>
        <Paragraph>{t.workingMethod.reconstructionNote}</Paragraph>
      </details>

      <Paragraph>
        <strong>{t.links.title}</strong>
      </Paragraph>
      <UnorderedList>
        <UnorderedListItem>
          <ExternalLink href={t.links.workingMethod.href}>{t.links.workingMethod.text}</ExternalLink>
        </UnorderedListItem>
        <UnorderedListItem>
          <ExternalLink href={t.links.jeugdconnect.href}>{t.links.jeugdconnect.text}</ExternalLink>
        </UnorderedListItem>
      </UnorderedList>
    </section>
  );
}

function Contact({ title, contact }: { title: string; contact: RouteContact }) {
  const lines = [contact.name, contact.phone, contact.email].filter((v): v is string => !!v?.trim());
  return (
    <Paragraph className="sw-contact">
      <strong>{title}:</strong> {lines.length > 0 ? lines.join(' · ') : t.contacts.none}
    </Paragraph>
  );
}

function Outcome({
  answers,
  acute,
  radicalisation,
  focusRef,
}: {
  answers: Answers;
  acute: RouteContact;
  radicalisation: RouteContact;
  focusRef: React.Ref<HTMLHeadingElement>;
}) {
  const { outcome } = walk(answers);
  if (!outcome) return null;
  const o = t.outcomes[outcome];
  const attention = attentionPoints(answers);
  return (
    <div className="sw-checklist-outcome">
      <Heading3 className="sw-checklist-outcome-title" tabIndex={-1} ref={focusRef}>
        {t.outcomeTitle}: {o.title}
      </Heading3>
      <Paragraph>{o.text}</Paragraph>
      {outcome === 'acuut' && (
        <>
          <Contact title={t.contacts.acute} contact={acute} />
          <Paragraph>{t.contacts.veiligThuis}</Paragraph>
        </>
      )}
      {answers.zorg === 'radicalisering' && <Contact title={t.contacts.radicalisation} contact={radicalisation} />}
      {attention.length > 0 && (
        <>
          <Paragraph>
            <strong>{t.attentionTitle}</strong>
          </Paragraph>
          <UnorderedList>
            {attention.map((a) => (
              <UnorderedListItem key={a}>{a}</UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
      <Heading3>{t.recordTitle}</Heading3>
      <Paragraph>{t.recordIntro}</Paragraph>
      <UnorderedList>
        {recordItems(answers).map((item) => (
          <UnorderedListItem key={item}>{item}</UnorderedListItem>
        ))}
      </UnorderedList>
    </div>
  );
}
