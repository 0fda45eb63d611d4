import { useTranslation } from 'react-i18next';
import { CitationList } from '../knowledge/badges';
import type { LegalView } from './case-data';
import { describeRef, type Ref } from './wording';

type Screening = LegalView['screening'];

export function StatusTag({ status, text }: { status: string; text: string }) {
  return <span className={`tag tag--status-${status}`}>{text}</span>;
}

function RefList({ refs, empty }: { refs: readonly Ref[]; empty?: string }) {
  const { t } = useTranslation('screening');
  if (refs.length === 0) return empty ? <span className="muted">{empty}</span> : null;
  return (
    <ul className="ref-list">
      {refs.map((r, i) => (
        <li key={i}>{describeRef(r, t)}</li>
      ))}
    </ul>
  );
}

/** Each legal test side by side with its elements, what supports them, what is missing, and sources. */
export function LegalTestsView({ tests }: { tests: Screening['legalTests'] }) {
  const { t } = useTranslation('screening');
  return (
    <div className="legal-tests">
      {tests.map((test) => (
        <section className="card legal-test" key={test.id} aria-labelledby={`test-${test.id}`} data-test={test.id} data-status={test.status}>
          <h4 id={`test-${test.id}`}>
            {test.name} <StatusTag status={test.status} text={test.statusText} />
          </h4>
          <details className="fold">
            <summary>{t('result.showElements', { count: test.elements.length })}</summary>
            {test.notes.length ? (
              <ul className="notes">
                {test.notes.map((n) => (
                  <li key={n.id}>{n.text}</li>
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
                        {e.name}
                        {e.citations.length ? (
                          <details className="sources">
                            <summary>{t('knowledge:sources', { count: e.citations.length })}</summary>
                            <CitationList citations={e.citations} />
                          </details>
                        ) : null}
                      </th>
                      <td data-label={t('result.status')}>
                        <StatusTag status={e.status} text={e.statusText} />
                      </td>
                      <td data-label={t('result.because')}>
                        <RefList refs={e.because} empty="—" />
                      </td>
                      <td data-label={t('result.missing')}>
                        {e.missing.length ? (
                          <details>
                            <summary>{t('result.missingCount', { count: e.missing.length })}</summary>
                            <RefList refs={e.missing} />
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
          </details>
        </section>
      ))}
    </div>
  );
}

export { RefList };
