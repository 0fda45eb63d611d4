import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMON_LANGUAGES, LANGUAGE_TAG, languageName, languageOptions } from './format';

/**
 * The client's languages: common ones as checkboxes, any other chosen by name from a list and
 * shown with a button to remove it. Names come from the browser in the interface language.
 */
export function LanguagesField({ value, onChange, error }: { value: string[]; onChange: (tags: string[]) => void; error?: string | undefined }) {
  const { t } = useTranslation('cases');
  const id = useId();
  const common = COMMON_LANGUAGES as readonly string[];
  const checked = value.filter((tag) => common.includes(tag));
  const others = value.filter((tag) => !common.includes(tag));
  const [choice, setChoice] = useState('');
  const choices = languageOptions(others).filter((o) => !common.includes(o.tag) && !others.includes(o.tag));
  const describedBy = error ? `${id}-error` : undefined;
  const add = () => {
    if (!choice) return;
    onChange([...new Set([...value, choice])]);
    setChoice('');
  };
  return (
    <fieldset className={error ? 'fieldset--invalid' : undefined} aria-describedby={describedBy}>
      <legend>{t('fields.languages')}</legend>
      <p className="field__hint">{t('languages.hint')}</p>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <div className="choices choices--grid">
        {COMMON_LANGUAGES.map((tag) => (
          <label className="choice" key={tag}>
            <input
              type="checkbox"
              name="languages"
              value={tag}
              aria-invalid={error ? true : undefined}
              checked={checked.includes(tag)}
              onChange={(e) => onChange(e.target.checked ? [...value, tag] : value.filter((c) => c !== tag))}
            />
            <span lang={tag}>{languageName(tag)}</span>
          </label>
        ))}
      </div>
      {others.length > 0 ? (
        <ul className="chosen-languages" aria-label={t('languages.chosenOthers')}>
          {others.map((tag) => (
            <li key={tag}>
              <span lang={tag}>{languageName(tag)}</span>{' '}
              <button type="button" className="button button--quiet button--small" onClick={() => onChange(value.filter((c) => c !== tag))}>
                {t('languages.remove', { language: languageName(tag) })}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-other`}>{t('languages.other')}</label>
        <div className="inline-add">
          <select id={`${id}-other`} name="otherLanguage" value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value="">{t('languages.choose')}</option>
            {choices.map((o) => (
              <option key={o.tag} value={o.tag}>
                {o.name}
              </option>
            ))}
          </select>
          <button type="button" className="button button--quiet" onClick={add} disabled={!choice}>
            {t('languages.add')}
          </button>
        </div>
      </div>
    </fieldset>
  );
}

export const invalidLanguageTags = (tags: string[]) => tags.filter((tag) => !LANGUAGE_TAG.test(tag));
