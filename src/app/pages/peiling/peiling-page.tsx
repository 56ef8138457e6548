import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { Alert, Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import type { StudentSurvey } from '#src/domain/evaluation/api';
import type { StudentResponseBody } from '#src/domain/evaluation/student-survey';
import { loadStudentSurvey, sendStudentAnswer, SurveyError } from '#src/sync/student-survey';
import { tokenFromHash } from '#src/sync/token-store';
import { Loading } from '#src/ui/loading';
import { PageHeading } from '#src/ui/page-heading';
import { useAction } from '#src/app/use-action';
import { roundsNl } from '#src/i18n/nl/rounds';
import { StudentForm } from './student-form';
import './peiling.css';

const t = roundsNl.students;

type View =
  | { kind: 'loading' }
  | { kind: 'problem'; message: string; retry: boolean }
  | { kind: 'form'; survey: StudentSurvey }
  /** The survey cannot take this answer (closed, already answered, full): said kindly, without a form. */
  | { kind: 'done'; title: string; message: string };

const retryable = (e: SurveyError) => e.problem === 'busy' || e.problem === 'network' || e.problem === 'failed';
const say = (e: SurveyError, fallback: string) => (e.problem === 'network' ? t.network : e.message || fallback);

/**
 * The students' survey of a round, opened from a QR code or link (`/peiling#<token>`): no dossier,
 * no name. Large targets, usable by keyboard, a thank-you at the end, and a kind word when the survey
 * is closed, already answered, full or too busy.
 */
export default function PeilingPage() {
  const token = tokenFromHash(useLocation().hash);
  const [attempt, setAttempt] = useState(0);
  const [view, setView] = useState<View>({ kind: 'loading' });
  const { busy, error, run } = useAction({
    failed: (e) => (e instanceof SurveyError ? say(e, t.failed) : t.failed),
  });

  useEffect(() => {
    if (!token) return;
    let current = true;
    loadStudentSurvey(token).then(
      (survey) => {
        if (!current) return;
        if (!survey.open) setView({ kind: 'done', title: survey.title, message: t.notOpen });
        else if (survey.answered) setView({ kind: 'done', title: survey.title, message: t.already });
        else setView({ kind: 'form', survey });
      },
      (e: unknown) => {
        if (!current) return;
        const problem = e instanceof SurveyError ? e : new SurveyError('failed', '');
        setView({ kind: 'problem', message: say(problem, t.loadFailed), retry: retryable(problem) });
      },
    );
    return () => {
      current = false;
    };
  }, [token, attempt]);

  const send = (body: StudentResponseBody, survey: StudentSurvey) =>
    run(async () => {
      try {
        await sendStudentAnswer(token!, body);
        setView({ kind: 'done', title: t.thanksTitle, message: t.thanks });
      } catch (e) {
        // Closed, answered or full: nothing the student can change, so no form to retry with.
        if (e instanceof SurveyError && (e.problem === 'closed' || e.problem === 'refused' || e.problem === 'unknown')) {
          setView({ kind: 'done', title: survey.title, message: e.message });
          return;
        }
        throw e;
      }
    });

  if (!token) return <Problem message={t.noToken} />;
  if (view.kind === 'loading') return <Loading text={t.loading} />;
  if (view.kind === 'problem')
    return <Problem message={view.message} onRetry={view.retry ? () => setAttempt((n) => n + 1) : undefined} />;
  if (view.kind === 'done') return <Done title={view.title} message={view.message} />;
  return (
    <div className="sw-peiling">
      <PageHeading focusKey="peiling">{view.survey.title}</PageHeading>
      <StudentForm survey={view.survey} busy={busy} error={error} onSend={(body) => send(body, view.survey)} />
    </div>
  );
}

function Problem({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <div className="sw-peiling">
      <PageHeading focusKey="peiling-probleem">{t.heading}</PageHeading>
      <Alert type="warning" role="alert">
        <Paragraph>{message}</Paragraph>
      </Alert>
      {onRetry && (
        <Button type="button" appearance="primary-action-button" onClick={onRetry}>
          {t.retry}
        </Button>
      )}
    </div>
  );
}

/** The end of the survey: its heading takes focus, so the outcome is read out at once. */
function Done({ title, message }: { title: string; message: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), [title, message]);
  return (
    <div className="sw-peiling sw-peiling-done">
      <Heading1 ref={ref} tabIndex={-1} className="sw-page-heading">
        {title}
      </Heading1>
      <Paragraph>{message}</Paragraph>
    </div>
  );
}
