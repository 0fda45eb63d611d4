import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CONTINUUM } from '../../core/contract/identifiers';
import { SCREENING_CAVEATS } from '../../core/screening';
import { screeningText } from '../../core/screening/text';
import { useLegalView } from '../remedies/use-legal-view';
import { LoadFailed, Loading } from '../shell/guards';
import { LegalTestsView, RefList, StatusTag } from './legal-tests-view';
import { factQuestion, type Lang } from './wording';

const GAP_NOTES = ['palermo-met-s279-04-not-met', 'palermo-met-s279-04-undetermined'] as const;
const SCREENING_FLAGS = ['minor', 'immediate-safety', 'sex-industry-immigration-risk'] as const;

// Closed <details> would print empty: open them all first.
function printResult() {
  document.querySelectorAll<HTMLDetailsElement>('.screening-result details').forEach((d) => (d.open = true));
  window.print();
}

/** The screening result, explained: never a label, always the reasons, the gaps and the sources. */
export function ResultView({ code }: { code: string }) {
  const { t } = useTranslation('screening');
  const view = useLegalView(code);
  const lang: Lang = view.lang;
  const text = screeningText[lang];
  if (view.pending) return <Loading />;
  if (!view.server) return <LoadFailed error={view.error} />;
  const a = view.server;
  const local = view.local?.matchesServer ? view.local : undefined;
  const notes = new Set(a.legalTests.flatMap((test) => test.notes ?? []));
  const gaps = GAP_NOTES.filter((n) => notes.has(n));
  const flags = a.flags.filter((f) => (SCREENING_FLAGS as readonly string[]).includes(f.id));
  const missing = [...new Set([...a.dimensions.flatMap((d) => d.missing), ...a.legalTests.flatMap((x) => x.elements.flatMap((e) => e.missing ?? []))])]
    .map((r) => r.split('@')[0]!)
    .filter((r, i, all) => all.indexOf(r) === i);

  return (
    <div className="screening-result">
      <div className="actions no-print">
        <button type="button" className="button" onClick={printResult}>
          {t('result.print')}
        </button>
      </div>
      <p className="print-only">{t('result.printHeading', { code, date: view.local?.facts.asOf ?? '' })}</p>
      <div className="notice">
        <p>{text.caveats['aid-to-judgement']}</p>
      </div>
      {flags.map((f) => (
        <div key={f.id} className={`notice ${f.level === 'urgent' ? 'notice--problem' : 'notice--verify'}`} role="note">
          <p>
            <strong>{text.flags[f.id as (typeof SCREENING_FLAGS)[number]].title}.</strong> {text.flags[f.id as (typeof SCREENING_FLAGS)[number]].why}
          </p>
        </div>
      ))}

      <section aria-labelledby="continuum-heading">
        <h3 id="continuum-heading">{t('result.continuum')}</h3>
        <ol className="continuum">
          {CONTINUUM.map((c) => (
            <li
              key={c}
              data-continuum={c}
              className={c === a.continuum ? 'continuum__step continuum__step--here' : 'continuum__step'}
              aria-current={c === a.continuum ? 'step' : undefined}
            >
              {text.continuum[c]}
              {c === a.continuum ? <span className="visually-hidden"> {t('result.here')}</span> : null}
            </li>
          ))}
        </ol>
        <p className="continuum__now">
          <strong>{t('result.position')}</strong> {text.continuum[a.continuum]}
        </p>
        {local?.screening.continuumBecause.length ? (
          <p>
            {t('result.becauseLead')} {local.screening.continuumBecause.map((r) => text.continuumReasons[r]).join('; ')}.
          </p>
        ) : null}
      </section>

      {gaps.map((g) => (
        <div key={g} className="notice notice--verify gap-notice" role="note">
          <p>
            <strong>{t(`result.gap.${g}`)}</strong> {text.notes[g]}
          </p>
        </div>
      ))}

      <section aria-labelledby="dimensions-heading">
        <h3 id="dimensions-heading">{t('result.dimensions')}</h3>
        <p className="muted">{local ? text.personRule[local.screening.personLevel.rule === 'child' ? 'child' : 'adult'] : t('result.dimensionsHint')}</p>
        <ul className="dimension-list">
          {a.dimensions.map((d) => (
            <li key={d.id} className="card dimension" data-dimension={d.id} data-status={d.status}>
              <h4>
                {text.dimensions[d.id]} <StatusTag status={d.status} lang={lang} />
              </h4>
              {d.because.length ? (
                <>
                  <p className="label">{t('result.because')}</p>
                  <RefList refs={d.because} lang={lang} />
                </>
              ) : null}
              {d.missing.length ? (
                <details>
                  <summary>{t('result.missingCount', { count: d.missing.length })}</summary>
                  <RefList refs={d.missing} lang={lang} />
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="tests-heading">
        <h3 id="tests-heading">{t('result.tests')}</h3>
        <LegalTestsView tests={a.legalTests} lang={lang} />
      </section>

      <section aria-labelledby="next-heading">
        <h3 id="next-heading">{t('result.corroborate')}</h3>
        {missing.length ? (
          <>
            <p className="muted">{t('result.corroborateHint')}</p>
            <ul className="corroborate">
              {missing.slice(0, 12).map((f) => (
                <li key={f}>{factQuestion(f, lang)}</li>
              ))}
            </ul>
            {missing.length > 12 ? <p className="muted">{t('result.andMore', { count: missing.length - 12 })}</p> : null}
            <p className="no-print">
              <Link to="?view=full">{t('result.continueFull')}</Link>
            </p>
          </>
        ) : (
          <p>{t('result.nothingMissing')}</p>
        )}
      </section>

      <section aria-labelledby="caveats-heading">
        <h3 id="caveats-heading">{t('result.caveats')}</h3>
        <ul>
          {SCREENING_CAVEATS.map((c) => (
            <li key={c}>{text.caveats[c]}</li>
          ))}
        </ul>
        <p className="muted">{t('result.version', { version: a.knowledgeVersion })}</p>
      </section>
    </div>
  );
}
