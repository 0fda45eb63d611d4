import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from 'react';

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  name: string;
  hint?: ReactNode;
  error?: string | undefined;
}

/** A labelled input whose hint and error are tied to it with aria-describedby. */
export function Field({ label, name, hint, error, className, ...input }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
      <input id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
    </div>
  );
}

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: string;
  name: string;
  error?: string | undefined;
  children: ReactNode;
}

export function SelectField({ label, name, error, children, ...select }: SelectFieldProps) {
  const id = useId();
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
      <select id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={errorId} {...select}>
        {children}
      </select>
    </div>
  );
}

/** Announces a form-level message. Always rendered, so screen readers hear changes to it. */
export function FormAlert({ message, tone = 'problem' }: { message: string | null | undefined; tone?: 'problem' | 'success' }) {
  return (
    <div className={message ? `notice notice--${tone}` : 'visually-hidden'} role={tone === 'problem' ? 'alert' : 'status'}>
      {message ?? ''}
    </div>
  );
}

/**
 * Moves focus to the first invalid field after a failed submit, for keyboard and screen reader users.
 * An invalid radio group is a fieldset: focus goes to its chosen radio, or its first.
 */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => {
    const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    const target =
      invalid?.getAttribute('role') === 'radiogroup'
        ? (invalid.querySelector<HTMLElement>('input:checked') ?? invalid.querySelector<HTMLElement>('input'))
        : invalid;
    target?.focus();
  });
}

/**
 * While saving, the button says so and refuses a second submit, but stays enabled: a disabled
 * button drops keyboard focus to the top of the page, and the person loses their place.
 */
export function SubmitButton({ pending, children, pendingLabel }: { pending: boolean; children: ReactNode; pendingLabel: string }) {
  return (
    <button
      type="submit"
      className="button button--primary"
      aria-disabled={pending || undefined}
      aria-busy={pending || undefined}
      onClick={(event) => {
        if (pending) event.preventDefault();
      }}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
