import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import {
  Button,
  ButtonGroup,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Paragraph,
  Textarea,
} from '@utrecht/component-library-react';
import { Loading } from './loading';

/** A reason the person must give before confirming (the server requires it, e.g. to withdraw a version). */
export interface ConfirmReason {
  label: string;
  hint?: string;
  /** Said at the field when "confirm" is pressed with no reason. */
  requiredText: string;
  maxLength?: number;
}

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  /** What will happen, in words a person can weigh: a sentence or a few paragraphs. */
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  /** With `reason`, called with the reason as typed (trimmed, never empty). */
  onConfirm: (reason?: string) => void;
  onCancel: () => void;
  reason?: ConfirmReason;
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
  reason,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const reasonId = useId();
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);

  // Each time it opens, the reason starts empty (state adjusted while rendering, not in an effect).
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) {
      setText('');
      setMissing(false);
    }
  }

  const confirm = () => {
    if (!reason) return onConfirm();
    if (!text.trim()) {
      setMissing(true);
      reasonRef.current?.focus();
      return;
    }
    onConfirm(text.trim());
  };

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
          {reason && (
            <FormField invalid={missing} className="sw-confirm-reason">
              <div className="utrecht-form-field__label">
                <FormLabel htmlFor={reasonId}>{reason.label}</FormLabel>
              </div>
              {reason.hint && <FormFieldDescription id={`${reasonId}-hint`}>{reason.hint}</FormFieldDescription>}
              {missing && <FormFieldErrorMessage id={`${reasonId}-error`}>{reason.requiredText}</FormFieldErrorMessage>}
              <div className="utrecht-form-field__input">
                <Textarea
                  ref={reasonRef}
                  id={reasonId}
                  rows={3}
                  value={text}
                  required
                  maxLength={reason.maxLength}
                  invalid={missing}
                  aria-invalid={missing || undefined}
                  aria-describedby={
                    [reason.hint ? `${reasonId}-hint` : '', missing ? `${reasonId}-error` : ''].filter(Boolean).join(' ') ||
                    undefined
                  }
                  disabled={busy}
                  onChange={(e) => {
                    setText(e.target.value);
                    if (e.target.value.trim()) setMissing(false);
                  }}
                />
              </div>
            </FormField>
          )}
          {busy && busyText && <Loading text={busyText} />}
          <ButtonGroup>
            <Button ref={cancelRef} type="button" appearance="secondary-action-button" disabled={busy} onClick={onCancel}>
              {cancelLabel}
            </Button>
            <Button type="button" appearance="primary-action-button" disabled={busy} onClick={confirm}>
              {confirmLabel}
            </Button>
          </ButtonGroup>
        </>
      )}
    </dialog>
  );
}
