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
import { useAction } from '#src/app/use-action';
import type { VerifyResult } from '#src/domain/agreement/verify';
import { Loading } from '#src/ui/loading';
import { verifyNl } from '#src/i18n/nl/verify';
import '../agreement/agreement.css';

const MAX_BYTES = 20 * 1024 * 1024;

interface Props {
  /** The one call that checks a file (the dossier's door, or the public call outside any dossier). */
  verify: (pdf: Blob) => Promise<VerifyResult>;
  /** Inside a dossier: a sealed file of another dossier is said to be so. */
  dossierId?: string;
}

/** Upload a PDF and learn whether it is a sealed, unaltered version (of this dossier, when in one). */
export function VerifyForm({ verify, dossierId }: Props) {
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
    const ok = await run(async () => setResult(await verify(new Blob([file], { type: 'application/pdf' }))));
    if (!ok) chooser.current?.focus();
  };

  const valid = !!result?.sealed && result.unaltered;
  // Outside a dossier every valid seal is good news; inside one only a version of that dossier is.
  const ours = valid && (dossierId === undefined || result?.dossierId === dossierId);
  const message = !result
    ? ''
    : ours
      ? dossierId === undefined
        ? verifyNl.validAnywhere(result.version!)
        : verifyNl.validHere(result.version!)
      : valid
        ? verifyNl.validElsewhere
        : result.message;

  return (
    <>
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
