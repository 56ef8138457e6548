import { useEffect, useEffectEvent, useRef } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import SignaturePad from 'signature_pad';
import { Button, FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel } from '@utrecht/component-library-react';
import { errorId, fieldId, hintId } from './field-id';
import { useFieldError, type FieldProps } from './fields';
import { useRegisterLabel } from './labels';

/**
 * A drawn signature (mouse, pen or touch) stored as a PNG data URL. Keyboard users sign by typing
 * their name instead; the hint says so.
 */
export function SignatureField({ name, label, hint, clearLabel }: FieldProps & { clearLabel: string }) {
  const { control } = useFormContext();
  const error = useFieldError(name);
  useRegisterLabel(name, label);
  return (
    <FormField invalid={!!error} className="sw-field">
      <div className="utrecht-form-field__label">
        <FormLabel id={`${fieldId(name)}-label`}>{label}</FormLabel>
      </div>
      {hint && <FormFieldDescription id={hintId(name)}>{hint}</FormFieldDescription>}
      {error && <FormFieldErrorMessage id={errorId(name)}>{error}</FormFieldErrorMessage>}
      <Controller
        control={control}
        name={name}
        render={({ field }) => <Pad name={name} onChange={field.onChange} clearLabel={clearLabel} invalid={!!error} />}
      />
    </FormField>
  );
}

function Pad({
  name,
  onChange,
  clearLabel,
  invalid,
}: {
  name: string;
  onChange: (v: string) => void;
  clearLabel: string;
  invalid: boolean;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const pad = useRef<SignaturePad | null>(null);
  // The form hands a new onChange on every render; the pad must not be rebuilt (and wiped) for that.
  const stroked = useEffectEvent((image: string) => onChange(image));

  useEffect(() => {
    const el = canvas.current!;
    // Match the canvas's pixel size to its CSS size so strokes land under the pointer.
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    el.width = el.offsetWidth * ratio;
    el.height = el.offsetHeight * ratio;
    el.getContext('2d')!.scale(ratio, ratio);
    const instance = new SignaturePad(el, { penColor: '#1a1a5e', backgroundColor: 'rgba(255,255,255,0)' });
    instance.addEventListener('endStroke', () => stroked(instance.toDataURL('image/png')));
    pad.current = instance;
    return () => instance.off();
  }, []);

  return (
    <div className="sw-signature-pad">
      <canvas
        ref={canvas}
        id={fieldId(name)}
        role="img"
        aria-labelledby={`${fieldId(name)}-label`}
        aria-describedby={hintId(name)}
        className={`sw-signature-canvas${invalid ? ' sw-signature-canvas--invalid' : ''}`}
      />
      <Button
        type="button"
        appearance="subtle-button"
        onClick={() => {
          pad.current?.clear();
          onChange('');
        }}
      >
        {clearLabel}
      </Button>
    </div>
  );
}
