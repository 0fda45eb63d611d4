import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../core/contract/identifiers';
import { describeError } from '../platform/errors';
import { FormAlert } from '../platform/form';
import { LoadFailed, Loading } from '../shell/guards';
import { useFragments, useQuestions, useSaveFacts, type Lang, type ServerQuestion, type Stage } from './case-data';

const ANSWERS: Answer[] = ['yes', 'no', 'unknown', 'declined'];
const PAGE = 6;

function QuestionCard({
  code,
  q,
  lang,
  sittingId,
  firstAnswer,
  onSaving,
  onDone,
  onSkip,
}: {
  code: string;
  q: ServerQuestion;
  lang: Lang;
  sittingId: string;
  /** Receives the card's first answer, so the list can move focus to it. */
  firstAnswer: (input: HTMLInputElement | null) => void;
  onSaving: () => void;
  onDone: (text: string) => void;
  onSkip: () => void;
}) {
  const { t } = useTranslation('screening');
  const id = useId();
  const save = useSaveFacts(code);
  const fragments = useFragments(code).data ?? [];
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [linked, setLinked] = useState<string[]>([]);
  const [missing, setMissing] = useState(false);

  function submit() {
    if (save.isPending) return; // still enabled while saving, so focus stays put
    if (!answer) return setMissing(true);
    onSaving();
    const body = { id: q.fact, phase: q.phase, answer, ...(sittingId ? { sittingId } : {}), ...(linked.length ? { fragmentIds: linked } : {}) };
    // Not mutate's own onSuccess: saving refreshes the questions, this card is gone before it would
    // run, and React Query drops it (the "saved" announcement and the focus move were lost).
    save.mutateAsync({ answers: [body] }).then(
      () => onDone(t('questions.savedOne', { answer: t(`answers.${answer}`) })),
      () => undefined, // shown by the card's own alert
    );
  }

  return (
    <li className="question card" data-ref={q.ref}>
      <fieldset aria-describedby={`${id}-why`}>
        <legend className="question__wording">{q.wording[lang]}</legend>
        <p className="field__hint" id={`${id}-why`}>
          {q.why[lang]}
        </p>
        {missing && !answer ? <p className="field__error">{t('questions.pickOne')}</p> : null}
        <div className="choices answer-choices">
          {ANSWERS.map((a, i) => (
            <label className="choice" key={a}>
              <input
                ref={i === 0 ? firstAnswer : undefined}
                type="radio"
                name={`${id}-answer`}
                value={a}
                checked={answer === a}
                onChange={() => setAnswer(a)}
              />
              {t(`answers.${a}`)}
            </label>
          ))}
        </div>
        {fragments.length ? (
          <details className="evidence">
            <summary>{t('questions.linkFragments', { count: linked.length })}</summary>
            <div className="choices choices--column">
              {fragments.map((f) => (
                <label className="choice" key={f.id}>
                  <input
                    type="checkbox"
                    checked={linked.includes(f.id)}
                    onChange={(e) => setLinked(e.target.checked ? [...linked, f.id] : linked.filter((x) => x !== f.id))}
                  />
                  <span>
                    {f.time ? <span className="muted">{f.time.label} · </span> : null}
                    {f.text.length > 120 ? `${f.text.slice(0, 120)}…` : f.text}
                  </span>
                </label>
              ))}
            </div>
          </details>
        ) : null}
      </fieldset>
      <FormAlert message={save.isError ? describeError(t, save.error) : null} />
      <div className="actions">
        <button type="button" className="button button--primary" onClick={submit} aria-disabled={save.isPending || undefined}>
          {t('questions.save')}
        </button>
        <button type="button" className="button button--quiet" onClick={onSkip}>
          {t('questions.skip')}
        </button>
      </div>
    </li>
  );
}

/** The next questions for this stage, chosen by the server from context and what is still missing. */
export function QuestionList({ code, stage, lang, sittingId }: { code: string; stage: Stage; lang: Lang; sittingId: string }) {
  const { t } = useTranslation('screening');
  const questions = useQuestions(code, stage);
  const [skipped, setSkipped] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  // Each shown card's first answer, the "nothing left" note and "ask the skipped questions", by ref.
  const firstAnswers = useRef(new Map<string, HTMLInputElement>());
  const afterLast = useRef<HTMLParagraphElement>(null);
  const askSkipped = useRef<HTMLButtonElement>(null);
  // The question just answered or skipped, and where it stood: once its card is gone, focus moves
  // to the question that took its place (the next one), or to the one before when it was the
  // last, or to the "nothing left" note, or to "ask the skipped questions" — never back to the top.
  const movingOn = useRef<{ ref: string; index: number } | null>(null);
  const all = questions.data ?? [];
  const open = all.filter((q) => !skipped.includes(q.ref));
  const later = all.filter((q) => skipped.includes(q.ref));
  const shown = open.slice(0, PAGE);
  useEffect(() => {
    const gone = movingOn.current;
    const refs = shown.map((q) => q.ref);
    if (!gone || refs.includes(gone.ref)) return;
    movingOn.current = null;
    const next = refs[Math.min(gone.index, refs.length - 1)];
    (next ? firstAnswers.current.get(next) : (afterLast.current ?? askSkipped.current))?.focus();
  });
  if (questions.isPending) return <Loading />;
  if (questions.isError) return <LoadFailed error={questions.error} />;
  return (
    <div className="question-list">
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {questions.data.length === 0 ? (
        <p className="notice" tabIndex={-1} ref={afterLast}>
          {t(`questions.none.${stage}`)}
        </p>
      ) : null}
      {shown.length ? (
        <>
          <p className="muted">{t('questions.remaining', { count: open.length })}</p>
          <ol className="questions">
            {shown.map((q, index) => (
              <QuestionCard
                key={q.ref}
                code={code}
                q={q}
                lang={lang}
                sittingId={sittingId}
                firstAnswer={(input) => {
                  if (input) firstAnswers.current.set(q.ref, input);
                  else firstAnswers.current.delete(q.ref);
                }}
                onSaving={() => {
                  movingOn.current = { ref: q.ref, index };
                }}
                onDone={setStatus}
                onSkip={() => {
                  movingOn.current = { ref: q.ref, index };
                  setSkipped([...skipped, q.ref]);
                  setStatus(t('questions.skippedOne'));
                }}
              />
            ))}
          </ol>
        </>
      ) : null}
      {later.length ? (
        <div className="skipped">
          <p>{t('questions.skippedCount', { count: later.length })}</p>
          <button type="button" ref={askSkipped} className="button button--quiet" onClick={() => setSkipped([])}>
            {t('questions.askSkipped')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
