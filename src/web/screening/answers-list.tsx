import { useTranslation } from 'react-i18next';
import type { Answer } from '../../core/contract/identifiers';
import { pick, useIndicators } from '../knowledge/api';
import { useSaveFacts, useSittings, type Lang, type StoredAnswer } from './case-data';

const ANSWERS: Answer[] = ['yes', 'no', 'unknown', 'declined'];

/**
 * What has been recorded so far, with the sitting each answer came from; any answer can be changed
 * in place or cleared. (Clearing alone was not enough: a fact the results no longer need is never
 * asked again, so "yes" could not be corrected to "no".)
 */
export function AnswersList({ code, answers, lang }: { code: string; answers: StoredAnswer[]; lang: Lang }) {
  const { t } = useTranslation('screening');
  const sittings = useSittings(code).data ?? [];
  const save = useSaveFacts(code);
  // A fact's practitioner wording comes with the indicators the server serves (the id until they arrive).
  const indicators = useIndicators(lang).data?.indicators;
  const factName = (id: string) => {
    const found = indicators?.find((i) => i.id === id);
    return found ? pick(found.practitioner, lang) : id;
  };
  if (answers.length === 0) return <p className="muted">{t('recorded.none')}</p>;
  const dateOf = (id?: string) => sittings.find((s) => s.id === id)?.heldOn;
  return (
    <div className="table-wrap" role="region" aria-labelledby="recorded-caption" tabIndex={0}>
      <table className="stacking-table answers-table">
        <caption id="recorded-caption">{t('recorded.caption', { count: answers.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('recorded.fact')}</th>
            <th scope="col">{t('recorded.answer')}</th>
            <th scope="col">{t('recorded.sitting')}</th>
            <th scope="col">{t('recorded.evidence')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('recorded.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {answers.map((a) => (
            <tr key={`${a.id}@${a.phase ?? ''}`}>
              <th scope="row">
                {factName(a.id)}
                {a.phase ? <span className="muted"> · {t(`phase.${a.phase}`)}</span> : null}
              </th>
              <td data-label={t('recorded.answer')}>
                <select
                  className={`answer-select tag--answer-${a.answer}`}
                  name="recordedAnswer"
                  aria-label={t('recorded.change', { fact: factName(a.id) })}
                  value={a.answer}
                  disabled={save.isPending}
                  onChange={(e) => save.mutate({ answers: [{ ...a, answer: e.target.value as Answer }] })}
                >
                  {ANSWERS.map((v) => (
                    <option key={v} value={v}>
                      {t(`answers.${v}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td data-label={t('recorded.sitting')}>{dateOf(a.sittingId) ?? '—'}</td>
              <td data-label={t('recorded.evidence')}>{a.fragmentIds?.length ? t('recorded.fragments', { count: a.fragmentIds.length }) : '—'}</td>
              <td>
                <button
                  type="button"
                  className="button button--link"
                  disabled={save.isPending}
                  onClick={() => save.mutate({ answers: [{ id: a.id, ...(a.phase ? { phase: a.phase } : {}), answer: null }] })}
                >
                  {t('recorded.clear')}
                  <span className="visually-hidden"> — {factName(a.id)}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
