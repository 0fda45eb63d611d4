import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMON_LANGUAGES, LANGUAGE_TAG, languageName, splitList } from './format';

/**
 * The client's languages: common ones as checkboxes, any other as language codes typed in
 * ("ti, prs"). Names come from the browser in the interface language.
 */
export function LanguagesField({ value, onChange, error }: { value: string[]; onChange: (tags: string[]) => void; error?: string | undefined }) {
  const { t } = useTranslation('cases');
  const id = useId();
  const common = COMMON_LANGUAGES as readonly string[];
  const [other, setOther] = useState(() => value.filter((tag) => !common.includes(tag)).join(', '));
  const checked = value.filter((tag) => common.includes(tag));
  const emit = (nextChecked: string[], nextOther: string) => onChange([...new Set([...nextChecked, ...splitList(nextOther)])]);
  const describedBy = error ? `${id}-error` : undefined;
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
              onChange={(e) => emit(e.target.checked ? [...checked, tag] : checked.filter((c) => c !== tag), other)}
            />
            <span lang={tag}>{languageName(tag)}</span>
          </label>
        ))}
      </div>
      <div className="field">
        <label htmlFor={`${id}-other`}>{t('languages.other')}</label>
        <p className="field__hint" id={`${id}-other-hint`}>
          {t('languages.otherHint')}
        </p>
        <input
          id={`${id}-other`}
          name="otherLanguages"
          autoComplete="off"
          aria-describedby={`${id}-other-hint`}
          value={other}
          onChange={(e) => {
            setOther(e.target.value);
            emit(checked, e.target.value);
          }}
        />
      </div>
    </fieldset>
  );
}

export const invalidLanguageTags = (tags: string[]) => tags.filter((tag) => !LANGUAGE_TAG.test(tag));
