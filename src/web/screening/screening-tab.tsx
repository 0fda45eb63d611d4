import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../shell/document-title';
import { LoadFailed, Loading } from '../shell/guards';
import { AnswersList } from './answers-list';
import { stepOneEmpty } from './first-step';
import { useFacts, useSittings, type Lang, type Stage } from './case-data';
import { PersonForm } from './person-form';
import { QuestionList } from './question-list';
import { ResultView } from './result-view';
import { SittingPicker } from './sitting-picker';
import { SituationForm } from './situation-form';
import './screening.css';

const VIEWS = ['person', 'preliminary', 'full', 'result'] as const;
type View = (typeof VIEWS)[number];

/** Never ask while anyone who may control the person could see or hear. Shown wherever questions are. */
function SafetyReminder() {
  const { t } = useTranslation('screening');
  return (
    <aside className="notice notice--safety" aria-labelledby="safety-heading">
      <h3 id="safety-heading">{t('safety.heading')}</h3>
      <p>{t('safety.controller')}</p>
      <p>{t('safety.pace')}</p>
    </aside>
  );
}

function Questions({ code, stage, lang }: { code: string; stage: Stage; lang: Lang }) {
  const { t } = useTranslation('screening');
  const sittings = useSittings(code).data;
  const latest = sittings?.length ? [...sittings].sort((a, b) => b.heldOn.localeCompare(a.heldOn))[0]!.id : '';
  const [sittingId, setSittingId] = useState<string | null>(null);
  const facts = useFacts(code);
  return (
    <>
      <SafetyReminder />
      <p>{t(`stage.${stage}.intro`)}</p>
      <SittingPicker code={code} value={sittingId ?? latest} onChange={setSittingId} />
      <QuestionList code={code} stage={stage} lang={lang} sittingId={sittingId ?? latest} />
      <h3>{t('recorded.heading')}</h3>
      {facts.data ? <AnswersList code={code} answers={facts.data.facts.answers} lang={lang} /> : null}
    </>
  );
}

export default function ScreeningTab() {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation('screening');
  const lang: Lang = i18n.language === 'fr' ? 'fr' : 'en';
  const [params] = useSearchParams();
  useDocumentTitle(`${t('title')} · ${code}`);
  const facts = useFacts(code);
  const asked = params.get('view') ?? '';
  // No step asked for: step 1 while nothing is recorded there, the preliminary questions after.
  const view: View | null = (VIEWS as readonly string[]).includes(asked)
    ? (asked as View)
    : facts.data
      ? stepOneEmpty(facts.data.facts)
        ? 'person'
        : 'preliminary'
      : facts.isError
        ? 'preliminary'
        : null;

  return (
    <section className="screening" aria-labelledby="screening-heading">
      <h2 id="screening-heading">{t('title')}</h2>
      <p className="lede">{t('intro')}</p>
      <nav className="view-switch no-print" aria-label={t('views.label')}>
        <ol>
          {VIEWS.map((v, i) => (
            <li key={v}>
              <Link to={`?view=${v}`} aria-current={v === view ? 'page' : undefined}>
                <span className="view-switch__n">{i + 1}</span> {t(`views.${v}`)}
              </Link>
            </li>
          ))}
        </ol>
      </nav>
      {view === null ? <Loading /> : null}
      {view === 'result' ? <ResultView code={code} /> : null}
      {view === 'preliminary' || view === 'full' ? <Questions key={view} code={code} stage={view} lang={lang} /> : null}
      {view === 'person' ? (
        facts.isPending ? (
          <Loading />
        ) : facts.data ? (
          <div className="person-forms">
            <section aria-labelledby="person-heading" className="card">
              <h3 id="person-heading">{t('person.heading')}</h3>
              <PersonForm code={code} person={facts.data.facts.person} />
            </section>
            <section aria-labelledby="situation-heading" className="card">
              <h3 id="situation-heading">{t('situation.heading')}</h3>
              <SituationForm code={code} facts={facts.data.facts} />
            </section>
          </div>
        ) : (
          <LoadFailed error={facts.error} />
        )
      ) : null}
    </section>
  );
}
