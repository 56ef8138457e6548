import { useRef, useState } from 'react';
import {
  Alert,
  Button,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import { useDossier } from '#src/app/dossier-context';
import { api } from '#src/sync/client';
import type { VerifyResult } from '#src/domain/agreement/verify';
import { PageHeading } from '#src/ui/page-heading';
import { Loading } from '#src/ui/loading';
import { nl } from '#src/i18n/nl';
import './agreement/agreement.css';

const t = nl.verify;
const MAX_BYTES = 20 * 1024 * 1024;

/** Upload a PDF and learn whether it is a sealed, unaltered version of this dossier. */
export default function VerifyPage() {
  const { dossier } = useDossier();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<VerifyResult | null>(null);

  const check = async (e: React.FormEvent) => {
    e.preventDefault();
    setResult(null);
    const file = input.current?.files?.[0];
    const problem = !file ? t.noFile : file.size > MAX_BYTES ? t.tooLarge : !/pdf$/i.test(file.type || file.name) ? t.notPdf : '';
    setError(problem);
    if (problem || !file) {
      input.current?.focus();
      return;
    }
    setBusy(true);
    try {
      setResult(await api.verify(new Blob([file], { type: 'application/pdf' })));
    } catch (err) {
      setError(err instanceof Error ? err.message : nl.agreement.failed);
      input.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  const ours = result?.sealed && result.unaltered && result.dossierId === dossier.id;
  const message = !result
    ? ''
    : ours
      ? t.validHere(result.version!)
      : result.sealed && result.unaltered
        ? t.validElsewhere
        : result.message;

  return (
    <>
      <PageHeading focusKey="controleer">{t.title}</PageHeading>
      <Paragraph>{t.intro}</Paragraph>
      <form onSubmit={check} noValidate>
        <FormField invalid={!!error}>
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="controleer-pdf">{t.fileLabel}</FormLabel>
          </div>
          <FormFieldDescription id="controleer-pdf-hint">{t.fileHint}</FormFieldDescription>
          {error && <FormFieldErrorMessage id="controleer-pdf-fout">{error}</FormFieldErrorMessage>}
          <div className="utrecht-form-field__input">
            <input
              ref={input}
              id="controleer-pdf"
              type="file"
              accept="application/pdf,.pdf"
              className="sw-file-input"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'controleer-pdf-hint controleer-pdf-fout' : 'controleer-pdf-hint'}
            />
          </div>
        </FormField>
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          {t.submit}
        </Button>
      </form>
      <div role="status">
        {busy && <Loading text={t.checking} />}
        {result && (
          <Alert type={ours ? 'ok' : 'error'} role="none">
            <Heading2>{t.resultTitle}</Heading2>
            <Paragraph>{message}</Paragraph>
          </Alert>
        )}
      </div>
    </>
  );
}
