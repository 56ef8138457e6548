import { useId, useState } from 'react';
import { Button, FormLabel, Paragraph, Textbox } from '@utrecht/component-library-react';
import { uiNl } from '#src/i18n/nl/ui';

/** A read-only link with a copy button; the result is announced politely. */
export function CopyLink({ link, label = uiNl.copyLink.label }: { link: string; label?: string }) {
  const id = useId();
  const [message, setMessage] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setMessage(uiNl.copyLink.copied);
    } catch {
      (document.getElementById(id) as HTMLInputElement | null)?.select();
      setMessage(uiNl.copyLink.failed);
    }
  };
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
