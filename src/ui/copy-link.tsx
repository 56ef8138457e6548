import { useId, useState } from 'react';
import { Button, FormLabel, Paragraph, Textarea, Textbox } from '@utrecht/component-library-react';
import { uiNl } from '#src/i18n/nl/ui';

/** Copies `text` to the clipboard; when the browser refuses, selects the field so the person can copy it. */
function useCopy(text: string, fieldId: string) {
  const [message, setMessage] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setMessage(uiNl.copyLink.copied);
    } catch {
      (document.getElementById(fieldId) as HTMLInputElement | HTMLTextAreaElement | null)?.select();
      setMessage(uiNl.copyLink.failed);
    }
  };
  return { message, copy };
}

/** A read-only link with a copy button; the result is announced politely. */
export function CopyLink({ link, label = uiNl.copyLink.label }: { link: string; label?: string }) {
  const id = useId();
  const { message, copy } = useCopy(link, id);
  return (
    <div className="sw-copy-link">
      <FormLabel htmlFor={id}>{label}</FormLabel>
      <div className="sw-copy-link-row">
        <Textbox id={id} readOnly value={link} onFocus={(e) => e.currentTarget.select()} className="sw-copy-link-input" />
        <Button type="button" appearance="secondary-action-button" onClick={copy}>
          {uiNl.copyLink.copy}
        </Button>
      </div>
      <Paragraph role="status" className="sw-copy-status">
        {message}
      </Paragraph>
    </div>
  );
}

/** A read-only text of a few lines (an invitation to send) with a copy button. */
export function CopyText({ text, label, copyLabel }: { text: string; label: string; copyLabel: string }) {
  const id = useId();
  const { message, copy } = useCopy(text, id);
  return (
    <div className="sw-copy-link sw-copy-text">
      <FormLabel htmlFor={id}>{label}</FormLabel>
      <Textarea id={id} readOnly value={text} rows={text.split('\n').length + 1} className="sw-copy-text-input" />
      <Button type="button" appearance="secondary-action-button" onClick={copy}>
        {copyLabel}
      </Button>
      <Paragraph role="status" className="sw-copy-status">
        {message === uiNl.copyLink.copied ? uiNl.copyText.copied : message}
      </Paragraph>
    </div>
  );
}
