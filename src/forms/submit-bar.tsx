import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { Loading } from '#src/ui/loading';

/** The end of a one-off form: what went wrong, progress while it runs, and the submit button. */
export function SubmitBar({
  label,
  busy,
  busyText,
  error,
  errorTitle,
}: {
  label: string;
  busy: boolean;
  busyText: string;
  error: string;
  errorTitle?: string;
}) {
  return (
    <>
      {error && (
        <Alert type="error" role="alert">
          {errorTitle && <Heading2>{errorTitle}</Heading2>}
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      {busy && <Loading text={busyText} />}
      <Button type="submit" appearance="primary-action-button" disabled={busy}>
        {label}
      </Button>
    </>
  );
}
