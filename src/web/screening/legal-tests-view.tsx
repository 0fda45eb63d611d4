import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../core/contract';
import { screeningText } from '../../core/screening/text';
import { CitationList } from '../knowledge/badges';
import { describeRef, type Lang } from './wording';

type Text = (typeof screeningText)['en'];
type TestId = keyof Text['legalTests'];

export function StatusTag({ status, lang }: { status: string; lang: Lang }) {
  return <span className={`tag tag--status-${status}`}>{screeningText[lang].statuses[status as 'met'] ?? status}</span>;
}

function RefList({ refs, lang, empty }: { refs: readonly string[]; lang: Lang; empty?: string }) {
  const { t } = useTranslation('screening');
  if (refs.length === 0) return empty ? <span className="muted">{empty}</span> : null;
  return (
    <ul className="ref-list">
      {refs.map((r) => (
        <li key={r}>{describeRef(r, lang, t)}</li>
      ))}
    </ul>
  );
}

/** Each legal test side by side with its elements, what supports them, what is missing, and sources. */
export function LegalTestsView({ tests, lang }: { tests: Assessment['legalTests']; lang: Lang }) {
  const { t } = useTranslation('screening');
  const text = screeningText[lang];
  return (
    <div className="legal-tests">
      {tests.map((test) => {
        const wording = text.legalTests[test.id as TestId];
        const elementName = (id: string) => (wording.elements as Record<string, string>)[id] ?? id;
        return (
          <section className="card legal-test" key={test.id} aria-labelledby={`test-${test.id}`} data-test={test.id} data-status={test.status}>
            <h4 id={`test-${test.id}`}>
              {wording.name} <StatusTag status={test.status} lang={lang} />
            </h4>
            {test.notes?.length ? (
              <ul className="notes">
                {test.notes.map((n) => (
                  <li key={n}>{text.notes[n as keyof Text['notes']] ?? n}</li>
                ))}
              </ul>
            ) : null}
            <div className="table-wrap" role="region" aria-labelledby={`test-${test.id}`} tabIndex={0}>
              <table className="stacking-table elements-table">
                <thead>
                  <tr>
                    <th scope="col">{t('result.element')}</th>
                    <th scope="col">{t('result.status')}</th>
                    <th scope="col">{t('result.because')}</th>
                    <th scope="col">{t('result.missing')}</th>
                  </tr>
                </thead>
                <tbody>
                  {test.elements.map((e) => (
                    <tr key={e.id}>
                      <th scope="row">
                        {elementName(e.id)}
                        {e.citations?.length ? (
                          <details className="sources">
                            <summary>{t('knowledge:sources', { count: e.citations.length })}</summary>
                            <CitationList citations={e.citations} />
                          </details>
                        ) : null}
                      </th>
                      <td data-label={t('result.status')}>
                        <StatusTag status={e.status} lang={lang} />
                      </td>
                      <td data-label={t('result.because')}>
                        <RefList refs={e.because} lang={lang} empty="—" />
                      </td>
                      <td data-label={t('result.missing')}>
                        {e.missing?.length ? (
                          <details>
                            <summary>{t('result.missingCount', { count: e.missing.length })}</summary>
                            <RefList refs={e.missing} lang={lang} />
                          </details>
                        ) : (
                          '—'
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <h5>{t('result.testSources')}</h5>
            <CitationList citations={test.citations} />
          </section>
        );
      })}
    </div>
  );
}

export { RefList };
