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
import { useAction } from '#src/app/use-action';
import type { VerifyResult } from '#src/domain/agreement/verify';
import { PageHeading } from '#src/ui/page-heading';
import { Loading } from '#src/ui/loading';
import { verifyNl } from '#src/i18n/nl/verify';
import './agreement/agreement.css';

const MAX_BYTES = 20 * 1024 * 1024;

/** Upload a PDF and learn whether it is a sealed, unaltered version of this dossier. */
export default function VerifyPage() {
  const { dossier, sync } = useDossier();
  const input = useRef<HTMLInputElement>(null);
  // The browser's own file input is hidden; this NLDS button opens it and takes focus for errors.
  const chooser = useRef<HTMLButtonElement>(null);
  const [fileName, setFileName] = useState('');
  const [problem, setProblem] = useState('');
  const [result, setResult] = useState<VerifyResult | null>(null);
  const { busy, error: failed, run } = useAction();
  // What is wrong with the chosen file, or else why the check failed: both belong to the file field.
  const error = problem || failed;

  const check = async (e: React.FormEvent) => {
    e.preventDefault();
    setResult(null);
    const file = input.current?.files?.[0];
    const found = !file
      ? verifyNl.noFile
      : file.size > MAX_BYTES
        ? verifyNl.tooLarge
        : !/pdf$/i.test(file.type || file.name)
          ? verifyNl.notPdf
          : '';
    setProblem(found);
    if (found || !file) {
      chooser.current?.focus();
      return;
    }
    const ok = await run(async () => setResult(await sync.verify(new Blob([file], { type: 'application/pdf' }))));
    if (!ok) chooser.current?.focus();
  };

  const ours = result?.sealed && result.unaltered && result.dossierId === dossier.id;
  const message = !result
    ? ''
    : ours
      ? verifyNl.validHere(result.version!)
      : result.sealed && result.unaltered
        ? verifyNl.validElsewhere
        : result.message;

  return (
    <>
      <PageHeading focusKey="controleer">{verifyNl.title}</PageHeading>
      <Paragraph>{verifyNl.intro}</Paragraph>
      <form onSubmit={check} noValidate>
        <FormField invalid={!!error}>
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="controleer-pdf">{verifyNl.fileLabel}</FormLabel>
          </div>
          <FormFieldDescription id="controleer-pdf-hint">{verifyNl.fileHint}</FormFieldDescription>
          {error && <FormFieldErrorMessage id="controleer-pdf-fout">{error}</FormFieldErrorMessage>}
          <div className="utrecht-form-field__input sw-file-choice">
            <input
              ref={input}
              id="controleer-pdf"
              type="file"
              accept="application/pdf,.pdf"
              className="sw-visually-hidden"
              tabIndex={-1}
              aria-hidden="true"
              onChange={(e) => {
                setFileName(e.target.files?.[0]?.name ?? '');
                setProblem('');
                setResult(null);
              }}
            />
            <Button
              ref={chooser}
              type="button"
              appearance="secondary-action-button"
              aria-invalid={error ? true : undefined}
              aria-describedby={['controleer-pdf-gekozen', 'controleer-pdf-hint', error ? 'controleer-pdf-fout' : '']
                .filter(Boolean)
                .join(' ')}
              onClick={() => input.current?.click()}
            >
              {fileName ? verifyNl.chooseOther : verifyNl.choose}
            </Button>
            <Paragraph id="controleer-pdf-gekozen" className="sw-file-chosen">
              {fileName ? verifyNl.chosen(fileName) : verifyNl.noneChosen}
            </Paragraph>
          </div>
        </FormField>
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          {verifyNl.submit}
        </Button>
      </form>
      <div role="status">
        {busy && <Loading text={verifyNl.checking} />}
        {result && (
          <Alert type={ours ? 'ok' : 'error'} role="none">
            <Heading2>{verifyNl.resultTitle}</Heading2>
            <Paragraph>{message}</Paragraph>
          </Alert>
        )}
      </div>
    </>
  );
}
