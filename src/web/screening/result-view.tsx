import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { JumpLinks, usePrintUnfolds, type Jump } from '../platform/long-page';
import { LoadFailed, Loading } from '../shell/guards';
import { useLegalView } from './case-data';
import { LegalTestsView, RefList, StatusTag } from './legal-tests-view';
import { formatDay } from '../platform/dates';

const GAP_NOTES = ['palermo-met-s279-04-not-met', 'palermo-met-s279-04-undetermined'] as const;
const SCREENING_FLAGS = ['minor', 'immediate-safety', 'sex-industry-immigration-risk'] as const;

// Folded blocks are unfolded before printing by usePrintUnfolds (and by the print style).
const printResult = () => window.print();

/**
 * The screening result, explained: never a label, always the reasons, the gaps and the sources.
 * The first screen holds the summary (where the facts sit, each legal test met or not, the flags)
 * and links to each part; the long blocks fold, and printing unfolds them.
 */
export function ResultView({ code }: { code: string }) {
  const { t } = useTranslation('screening');
  usePrintUnfolds();
  const view = useLegalView(code);
  if (view.isPending) return <Loading />;
  if (view.isError) return <LoadFailed error={view.error} />;
  const a = view.data.screening;
  const notes = new Map(a.legalTests.flatMap((test) => test.notes.map((n) => [n.id, n.text] as const)));
  const gaps = GAP_NOTES.filter((n) => notes.has(n));
  const flags = view.data.flags.filter((f) => (SCREENING_FLAGS as readonly string[]).includes(f.id));
  const continuumName = (id: string) => a.continuumSteps.find((c) => c.id === id)?.name ?? id;
  const aidToJudgement = a.caveats.find((c) => c.id === 'aid-to-judgement');
  const flagTitle = (f: (typeof flags)[number]) => f.title ?? t(`remedies:flags.${f.id}.title`);
  const jumps: Jump[] = [
    { target: 'continuum-heading', label: t('result.continuum') },
    { target: 'dimensions-heading', label: t('result.dimensions') },
    { target: 'tests-heading', label: t('result.tests') },
    ...(a.signs.length ? [{ target: 'signs-heading', label: t('result.signs') }] : []),
    { target: 'next-heading', label: t('result.corroborate') },
    { target: 'caveats-heading', label: t('result.caveats') },
  ];

  return (
    <div className="screening-result">
      <div className="actions no-print">
        <button type="button" className="button" onClick={printResult}>
          {t('result.print')}
        </button>
      </div>
      <p className="print-only">{t('result.printHeading', { code, date: formatDay(view.data.asOf) })}</p>
      {aidToJudgement ? (
        <div className="notice">
          <p>{aidToJudgement.text}</p>
        </div>
      ) : null}
      <section aria-labelledby="result-summary-heading" className="card long-summary">
        <h3 id="result-summary-heading">{t('result.summary.heading')}</h3>
        <dl>
          <dt>{t('result.summary.continuum')}</dt>
          <dd data-summary="continuum">{continuumName(a.continuum)}</dd>
          <dt>{t('result.summary.tests')}</dt>
          <dd>
            <ul>
              {a.legalTests.map((test) => (
                <li key={test.id} data-summary-test={test.id}>
                  {test.name} <StatusTag status={test.status} text={test.statusText} />
                </li>
              ))}
            </ul>
          </dd>
          <dt>{t('result.summary.flags')}</dt>
          <dd>
            {flags.length ? (
              <ul>
                {flags.map((f) => (
                  <li key={f.id}>{flagTitle(f)}</li>
                ))}
              </ul>
            ) : (
              <span className="muted">{t('result.summary.noFlags')}</span>
            )}
          </dd>
        </dl>
      </section>
      <JumpLinks label={t('result.summary.jumpLabel')} jumps={jumps} />
      {flags.map((f) => (
        <div key={f.id} className={`notice ${f.level === 'urgent' ? 'notice--problem' : 'notice--verify'}`} role="note">
          <p>
            <strong>{flagTitle(f)}.</strong> {f.why}
          </p>
        </div>
      ))}

      <section aria-labelledby="continuum-heading">
        <h3 id="continuum-heading" tabIndex={-1}>
          {t('result.continuum')}
        </h3>
        <ol className="continuum">
          {a.continuumSteps.map(({ id: c, name }) => (
            <li
              key={c}
              data-continuum={c}
              className={c === a.continuum ? 'continuum__step continuum__step--here' : 'continuum__step'}
              aria-current={c === a.continuum ? 'step' : undefined}
            >
              {name}
              {c === a.continuum ? <span className="visually-hidden"> {t('result.here')}</span> : null}
            </li>
          ))}
        </ol>
        <p className="continuum__now">
          <strong>{t('result.position')}</strong> {continuumName(a.continuum)}
        </p>
        {a.continuumBecause.length ? (
          <p>
            {t('result.becauseLead')} {a.continuumBecause.join('; ')}.
          </p>
        ) : null}
      </section>

      {gaps.map((g) => (
        <div key={g} className="notice notice--verify gap-notice" role="note">
          <p>
            <strong>{t(`result.gap.${g}`)}</strong> {notes.get(g)}
          </p>
        </div>
      ))}

      <section aria-labelledby="dimensions-heading">
        <h3 id="dimensions-heading" tabIndex={-1}>
          {t('result.dimensions')}
        </h3>
        <p className="muted">{a.personRule}</p>
        <ul className="dimension-list">
          {a.dimensions.map((d) => (
            <li key={d.id} className="card dimension" data-dimension={d.id} data-status={d.status}>
              <h4>
                {d.name} <StatusTag status={d.status} text={d.statusText} />
              </h4>
              {d.because.length ? (
                <details className="fold">
                  <summary>{t('result.becauseCount', { count: d.because.length })}</summary>
                  <RefList refs={d.because} />
                </details>
              ) : null}
              {d.missing.length ? (
                <details>
                  <summary>{t('result.missingCount', { count: d.missing.length })}</summary>
                  <RefList refs={d.missing} />
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="tests-heading">
        <h3 id="tests-heading" tabIndex={-1}>
          {t('result.tests')}
        </h3>
        <LegalTestsView tests={a.legalTests} />
      </section>

      {a.signs.length ? (
        <section aria-labelledby="signs-heading">
          <h3 id="signs-heading" tabIndex={-1}>
            {t('result.signs')}
          </h3>
          <details className="fold">
            <summary>{t('result.showSigns', { count: a.signs.length })}</summary>
            <p className="muted">{t('result.signsHint')}</p>
            <ul className="signs">
              {a.signs.map((s, i) => (
                <li key={`${s.id}@${s.phase ?? ''}@${s.heldOn ?? i}`} data-kind={s.kind}>
                  <strong>{s.kindName}:</strong> {s.name}
                  {s.phase ? <span className="muted"> · {t(`phase.${s.phase}`)}</span> : null}
                  {s.heldOn ? <span className="muted"> · {t('result.signSitting', { date: formatDay(s.heldOn) })}</span> : null}
                  <br />
                  <span className="muted">{s.text}</span>
                </li>
              ))}
            </ul>
          </details>
        </section>
      ) : null}

      <section aria-labelledby="next-heading">
        <h3 id="next-heading" tabIndex={-1}>
          {t('result.corroborate')}
        </h3>
        {a.corroborate.length ? (
          <>
            <details className="fold">
              <summary>{t('result.showCorroborate', { count: Math.min(a.corroborate.length, 12) })}</summary>
              <p className="muted">{t('result.corroborateHint')}</p>
              <ul className="corroborate">
                {a.corroborate.slice(0, 12).map((f) => (
                  <li key={f.id}>{f.question}</li>
                ))}
              </ul>
              {a.corroborate.length > 12 ? <p className="muted">{t('result.andMore', { count: a.corroborate.length - 12 })}</p> : null}
            </details>
            <p className="no-print">
              <Link to="?view=full">{t('result.continueFull')}</Link>
            </p>
          </>
        ) : (
          <p>{t('result.nothingMissing')}</p>
        )}
      </section>

      <section aria-labelledby="caveats-heading">
        <h3 id="caveats-heading" tabIndex={-1}>
          {t('result.caveats')}
        </h3>
        <ul>
          {/* The aid-to-judgement caveat already opens the result. */}
          {a.caveats
            .filter((c) => c !== aidToJudgement)
            .map((c) => (
              <li key={c.id}>{c.text}</li>
            ))}
        </ul>
        <p className="muted">{t('result.version', { version: view.data.knowledgeVersion })}</p>
      </section>
    </div>
  );
}
