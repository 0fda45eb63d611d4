import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailed, Loading } from '../shell/guards';
import { useFragments, useSittings } from './api';
import { useCase } from './case-context';
import { formatDay } from './format';
import { FragmentForm } from './fragment-form';
import { understoodAs } from './time';
import { TimelineView } from './timeline';
import type { Fragment } from './types';
import { focusSoon } from './ui';

/** Pieces longer than this open folded: the first lines, then a button to read the rest. */
const FOLD_AFTER = 1200;
const PREVIEW = 600;

/** The start of a long text, cut at a word boundary. */
function preview(text: string): string {
  const cut = text.slice(0, PREVIEW);
  const space = cut.lastIndexOf(' ');
  return `${space > PREVIEW / 2 ? cut.slice(0, space) : cut}…`;
}

function FragmentText({ fragment }: { fragment: Fragment }) {
  const { t } = useTranslation('cases');
  const [open, setOpen] = useState(false);
  const long = fragment.text.length > FOLD_AFTER;
  const text = long && !open ? preview(fragment.text) : fragment.text;
  const id = `fragment-text-${fragment.id}`;
  return (
    <>
      {fragment.source === 'client' ? (
        <blockquote className="fragment__text" id={id}>
          {text}
        </blockquote>
      ) : (
        <p className="fragment__text" id={id}>
          {text}
        </p>
      )}
      {long ? (
        <button type="button" className="button button--quiet" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
          {open ? t('story.fold') : t('story.unfold', { count: fragment.text.length })}
        </button>
      ) : null}
    </>
  );
}

function FragmentCard({ fragment, onEdit, mayEdit, showTime }: { fragment: Fragment; onEdit: () => void; mayEdit: boolean; showTime: boolean }) {
  const { t } = useTranslation('cases');
  const sitting = useSittings(useCase().code).data?.sittings.find((s) => s.id === fragment.sittingId);
  return (
    <article
      className={`card fragment fragment--${fragment.compartment}`}
      id={`fragment-${fragment.id}`}
      tabIndex={-1}
      aria-label={t('story.fragmentLabel', { time: fragment.time?.label ?? t('story.noTime') })}
    >
      <p className="fragment__meta">
        <span className={`tag tag--${fragment.compartment}`}>{t(`compartments.${fragment.compartment}`)}</span> <span>{t(`sources.${fragment.source}`)}</span>
        {sitting ? <span> · {t('story.fromSitting', { date: formatDay(sitting.heldOn) })}</span> : null}
      </p>
      <FragmentText fragment={fragment} />
      {showTime ? (
        <p className="fragment__time">
          {fragment.time ? t('story.timeLine', { label: fragment.time.label, range: understoodAs(t, fragment.time) }) : t('story.noTime')}
        </p>
      ) : null}
      {fragment.tags.length > 0 ? (
        <ul className="tag-list" aria-label={t('story.fields.tags')}>
          {fragment.tags.map((tag) => (
            <li key={tag} className="tag">
              {t(`topics.${tag}`)}
            </li>
          ))}
        </ul>
      ) : null}
      {fragment.inconsistencyNote ? (
        <p className="fragment__difference">
          <strong>{t('story.differenceLabel')}</strong> {fragment.inconsistencyNote}
        </p>
      ) : null}
      {mayEdit ? (
        <button type="button" className="button button--quiet" id={`edit-fragment-${fragment.id}`} onClick={onEdit}>
          {t('story.edit')}
        </button>
      ) : null}
    </article>
  );
}

export function StoryTab() {
  const { t } = useTranslation('cases');
  const { code, can } = useCase();
  const fragments = useFragments(code);
  const [view, setView] = useState<'told' | 'timeline'>('timeline');
  const [editing, setEditing] = useState<Fragment | 'new' | null>(null);
  const mayWrite = can.write('team');
  const open = (what: Fragment | 'new') => {
    setEditing(what);
    focusSoon('#fragment-form-heading');
  };
  const close = (saved: Fragment | null) => {
    const was = editing;
    setEditing(null);
    if (saved) focusSoon(`#fragment-${saved.id}`);
    else focusSoon(was === 'new' || was === null ? '#add-fragment' : `#edit-fragment-${was.id}`);
  };
  const render = (fragment: Fragment, showTime = true) =>
    editing !== null && editing !== 'new' && editing.id === fragment.id ? (
      <FragmentForm fragment={fragment} onClose={close} />
    ) : (
      <FragmentCard fragment={fragment} showTime={showTime} mayEdit={mayWrite && can.write(fragment.compartment)} onEdit={() => open(fragment)} />
    );
  const told = [...(fragments.data?.fragments ?? [])].sort((a, b) => a.createdAt.localeCompare(b.createdAt));

  return (
    <div className="case-tab">
      <h2 tabIndex={-1}>{t('tabs.story')}</h2>
      <p className="lede">{t('story.intro')}</p>
      {!can.read('privileged') ? <p className="notice">{t('story.privilegedHidden')}</p> : null}
      {editing === 'new' ? <FragmentForm fragment={null} onClose={close} /> : null}
      {mayWrite && editing !== 'new' ? (
        <p>
          <button type="button" className="button button--primary" id="add-fragment" onClick={() => open('new')}>
            {t('story.add')}
          </button>
        </p>
      ) : null}
      <div className="view-switch" role="group" aria-label={t('story.viewLabel')}>
        {(['timeline', 'told'] as const).map((v) => (
          <button key={v} type="button" className="button button--quiet" aria-pressed={view === v} onClick={() => setView(v)}>
            {t(`story.views.${v}`)}
          </button>
        ))}
      </div>
      <h3 className="visually-hidden">{t(`story.views.${view}`)}</h3>
      {view === 'timeline' ? (
        <TimelineView renderFragment={(fragment, dated) => render(fragment, !dated)} />
      ) : fragments.isPending ? (
        <Loading />
      ) : fragments.isError ? (
        <LoadFailed error={fragments.error} />
      ) : told.length === 0 ? (
        <p className="card card--calm">{t('story.none')}</p>
      ) : (
        <ol className="plain-list">
          {told.map((fragment) => (
            <li key={fragment.id}>{render(fragment)}</li>
          ))}
        </ol>
      )}
    </div>
  );
}
