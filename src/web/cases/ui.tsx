// Small building blocks shared by the case screens: grouped choices, a labelled text area,
// announcements for screen readers, and calm wording for refusals.
import { createContext, useCallback, useContext, useEffect, useId, useRef, useState, type ReactNode, type TextareaHTMLAttributes } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { isApiError } from '../platform/api';
import { describeError } from '../platform/errors';

interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  name: string;
  hint?: ReactNode;
  error?: string | undefined;
}

export function TextAreaField({ label, name, hint, error, ...rest }: TextAreaProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field field--wide${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <textarea id={id} name={name} rows={4} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...rest} />
    </div>
  );
}

interface ChoicesProps<T extends string> {
  legend: string;
  name: string;
  options: readonly T[];
  label: (option: T) => string;
  hint?: ReactNode;
  error?: string | undefined;
}

export function CheckboxGroup<T extends string>({
  legend,
  name,
  options,
  label,
  hint,
  error,
  values,
  onChange,
}: ChoicesProps<T> & { values: readonly T[]; onChange: (values: T[]) => void }) {
  const id = useId();
  const toggle = (option: T, on: boolean) => onChange(options.filter((o) => (o === option ? on : values.includes(o))));
  return (
    <fieldset
      className={error ? 'fieldset--invalid' : undefined}
      aria-describedby={[hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}
    >
      <legend>{legend}</legend>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <div className="choices">
        {options.map((option) => (
          <label className="choice" key={option}>
            <input
              type="checkbox"
              name={name}
              value={option}
              aria-invalid={error ? true : undefined}
              checked={values.includes(option)}
              onChange={(e) => toggle(option, e.target.checked)}
            />
            {label(option)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function RadioGroup<T extends string>({
  legend,
  name,
  options,
  label,
  hint,
  error,
  value,
  onChange,
}: ChoicesProps<T> & { value: T | null; onChange: (value: T) => void }) {
  const id = useId();
  // A radio group is where ARIA carries "invalid" (a single radio has no such state), named by its legend.
  return (
    <fieldset
      role="radiogroup"
      aria-labelledby={`${id}-legend`}
      aria-invalid={error ? true : undefined}
      className={error ? 'fieldset--invalid' : undefined}
      aria-describedby={[hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}
    >
      <legend id={`${id}-legend`}>{legend}</legend>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <div className="choices">
        {options.map((option) => (
          <label className="choice" key={option}>
            <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
            {label(option)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

const AnnounceContext = createContext<(message: string) => void>(() => undefined);

/**
 * Keeps an empty place right after the form (or button) a person last used in the page, so that a
 * confirmation said a moment later appears there, beside its cause, even if the form has closed
 * since (the place is not React's, so it stays where the form was). Returns the place, if fresh.
 */
function usePlaceBesideCause(): () => HTMLElement | null {
  const last = useRef<{ host: HTMLElement; at: number } | null>(null);
  useEffect(() => {
    const remember = (event: Event) => {
      const target = event.type === 'submit' ? ((event as SubmitEvent).submitter ?? event.target) : event.target;
      const cause = target instanceof Element ? target.closest('button, [role=button], input[type=checkbox], form') : null;
      const anchor = cause?.closest('form') ?? cause;
      if (!anchor?.closest('main')) return;
      if (last.current && last.current.host.previousElementSibling === anchor) {
        last.current.at = Date.now();
        return;
      }
      if (last.current && !last.current.host.hasChildNodes()) last.current.host.remove();
      const host = document.createElement('div');
      host.className = 'case-note-host';
      anchor.insertAdjacentElement('afterend', host);
      last.current = { host, at: Date.now() };
    };
    document.addEventListener('click', remember, true);
    document.addEventListener('submit', remember, true);
    return () => {
      document.removeEventListener('click', remember, true);
      document.removeEventListener('submit', remember, true);
    };
  }, []);
  // A save answered more than a minute after the click is not "beside" anything any more.
  return useCallback(() => {
    const place = last.current;
    if (!place || Date.now() - place.at > 60_000 || !place.host.isConnected) return null;
    last.current = null;
    return place.host;
  }, []);
}

/**
 * Confirmations for the case page: "Sitting saved", "Consent withdrawn" … The words appear beside
 * the form or button that caused them, and one polite live region says them to screen readers. A
 * note belongs to the tab it was said on: it is gone once the person moves to another tab.
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const [said, setSaid] = useState<{ text: string; on: string; host: HTMLElement | null } | null>(null);
  const timers = useRef<number[]>([]);
  const placeBesideCause = usePlaceBesideCause();
  const announce = useCallback(
    (text: string) => {
      // Clear first so the same words said twice are announced twice; the note fades after a while.
      timers.current.forEach((id) => window.clearTimeout(id));
      setSaid(null);
      const on = window.location.pathname;
      const host = placeBesideCause();
      timers.current = [window.setTimeout(() => setSaid({ text, on, host }), 50), window.setTimeout(() => setSaid(null), 8000)];
    },
    [placeBesideCause],
  );
  useEffect(() => () => timers.current.forEach((id) => window.clearTimeout(id)), []);
  // A note's host leaves the page with the note.
  useEffect(() => {
    const host = said?.host;
    return () => host?.remove();
  }, [said]);
  const message = said && said.on === pathname ? said.text : '';
  const note = message ? (
    <p className="notice notice--success case-note" aria-hidden="true">
      {message}
    </p>
  ) : null;
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div className="visually-hidden" role="status" aria-live="polite">
        {message}
      </div>
      {note && said?.host?.isConnected ? (
        createPortal(<div className="case-announcer case-announcer--beside">{note}</div>, said.host)
      ) : (
        <div className="case-announcer">{note}</div>
      )}
    </AnnounceContext.Provider>
  );
}

export const useAnnounce = () => useContext(AnnounceContext);

/** Focus an element once React has drawn it (after a save, a form opening or closing). */
export function focusSoon(selector: string): void {
  window.setTimeout(() => document.querySelector<HTMLElement>(selector)?.focus(), 60);
}

/** Plain words for a refused or failed request on a case screen. */
export function CaseProblem({ error }: { error: unknown }) {
  const { t } = useTranslation('cases');
  return (
    <div className="notice notice--problem" role="alert">
      <p>{caseErrorText(t, error)}</p>
    </div>
  );
}

export function caseErrorText(t: ReturnType<typeof useTranslation>['t'], error: unknown): string {
  if (isApiError(error, 'not-found')) return t('problems.notFound');
  if (isApiError(error, 'forbidden')) return t('problems.forbidden');
  if (isApiError(error, 'consent-required'))
    return t('problems.consentRequired', { purpose: t(`purposes.${error.fieldMessage('consent.purpose') ?? 'share-with-organisation'}`) });
  return describeError(t, error);
}

/** Whether an optional text field has something in it; undefined when empty (the API omits it). */
export const optional = (text: string) => (text.trim() ? text.trim() : undefined);
