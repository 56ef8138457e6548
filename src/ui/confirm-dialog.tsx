import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { Loading } from './loading';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  /** What will happen, in words a person can weigh: a sentence or a few paragraphs. */
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** While the action runs: both buttons wait, and `busyText` is announced. */
  busy?: boolean;
  busyText?: string;
}

/**
 * A question before something that cannot be undone, as a native modal `<dialog>`: the rest of the
 * page is inert while it is open, Escape cancels, and the browser returns focus to the button that
 * opened it. Focus starts on "Annuleren", so pressing Enter by habit changes nothing.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  busy = false,
  busyText,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      // jsdom has no showModal; a browser always does.
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      cancelRef.current?.focus();
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="sw-confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(e) => {
        // Escape: the page decides (it may be busy), the browser does not close it by itself.
        e.preventDefault();
        if (!busy) onCancel();
      }}
    >
      {open && (
        <>
          <Heading2 id={titleId}>{title}</Heading2>
          <div id={bodyId}>{typeof children === 'string' ? <Paragraph>{children}</Paragraph> : children}</div>
          {busy && busyText && <Loading text={busyText} />}
          <ButtonGroup>
            <Button ref={cancelRef} type="button" appearance="secondary-action-button" disabled={busy} onClick={onCancel}>
              {cancelLabel}
            </Button>
            <Button type="button" appearance="primary-action-button" disabled={busy} onClick={onConfirm}>
              {confirmLabel}
            </Button>
          </ButtonGroup>
        </>
      )}
    </dialog>
  );
}
