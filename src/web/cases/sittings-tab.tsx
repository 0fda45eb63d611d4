import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailed, Loading } from '../shell/guards';
import { useSittings } from './api';
import { useCase } from './case-context';
import { formatDay, languageName } from './format';
import { IntakeGuideView } from './intake-guide';
import { SittingForm } from './sitting-form';
import type { Sitting } from './types';
import { focusSoon } from './ui';

function SittingCard({ sitting, number, onEdit, mayEdit }: { sitting: Sitting; number: number; onEdit: () => void; mayEdit: boolean }) {
  const { t } = useTranslation('cases');
  return (
    <li className="card sitting" id={`sitting-${sitting.id}`} tabIndex={-1}>
      <h3>{t('sittings.title', { number, date: formatDay(sitting.heldOn) })}</h3>
      <dl className="summary summary--compact">
        <div>
          <dt>{t('sittings.fields.length')}</dt>
          <dd>
            {t('sittings.minutes', { count: sitting.durationMinutes })} · {t(`modes.${sitting.mode}`)}
          </dd>
        </div>
        {sitting.present.length > 0 ? (
          <div>
            <dt>{t('sittings.fields.present')}</dt>
            <dd>{sitting.present.join(', ')}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('sittings.fields.interpreter')}</dt>
          <dd>
            {sitting.interpreter
              ? [languageName(sitting.interpreter.language), sitting.interpreter.name].filter(Boolean).join(' · ')
              : t('sittings.noInterpreter')}
          </dd>
        </div>
        <div>
          <dt>{t('sittings.fields.couldSpeakFreely')}</dt>
          <dd>{t(`answers.${sitting.couldSpeakFreely}`)}</dd>
        </div>
        <div>
          <dt>{t('sittings.fields.topicsCovered')}</dt>
          <dd>{sitting.topicsCovered.map((topic) => t(`topics.${topic}`)).join(', ') || '—'}</dd>
        </div>
        {sitting.topicsLater.length > 0 ? (
          <div>
            <dt>{t('sittings.fields.topicsLater')}</dt>
            <dd>{sitting.topicsLater.map((topic) => t(`topics.${topic}`)).join(', ')}</dd>
          </div>
        ) : null}
      </dl>
      {sitting.noteHidden ? (
        <p className="muted">{t('sittings.noteHidden')}</p>
      ) : sitting.note ? (
        <div className="note">
          <p className="note__label">
            {t('sittings.fields.note')} <span className={`tag tag--${sitting.noteCompartment}`}>{t(`compartments.${sitting.noteCompartment}`)}</span>
          </p>
          <p className="note__text">{sitting.note}</p>
        </div>
      ) : null}
      {mayEdit ? (
        <button type="button" className="button button--quiet" id={`edit-sitting-${sitting.id}`} onClick={onEdit}>
          {t('sittings.edit', { number })}
        </button>
      ) : null}
    </li>
  );
}

export function SittingsTab() {
  const { t } = useTranslation('cases');
  const { code, can } = useCase();
  const sittings = useSittings(code);
  const [editing, setEditing] = useState<Sitting | 'new' | null>(null);
  const mayWrite = can.write('team');
  const sorted = [...(sittings.data?.sittings ?? [])].sort((a, b) =>
    a.heldOn < b.heldOn ? -1 : a.heldOn > b.heldOn ? 1 : a.createdAt.localeCompare(b.createdAt),
  );
  const open = (what: Sitting | 'new') => {
    setEditing(what);
    focusSoon('#sitting-form-heading');
  };
  const close = (saved: Sitting | null) => {
    const was = editing;
    setEditing(null);
    if (saved) focusSoon(`#sitting-${saved.id}`);
    else focusSoon(was === 'new' || was === null ? '#add-sitting' : `#edit-sitting-${was.id}`);
  };

  return (
    <div className="case-tab">
      <h2 tabIndex={-1}>{t('tabs.sittings')}</h2>
      <p className="lede">{t('sittings.intro')}</p>
      <div className="two-columns">
        <div>
          {sittings.isPending ? <Loading /> : null}
          {sittings.isError ? <LoadFailed error={sittings.error} /> : null}
          {sittings.data && sorted.length === 0 ? <p className="card card--calm">{t('sittings.none')}</p> : null}
          {editing === 'new' ? <SittingForm sitting={null} onClose={close} /> : null}
          {mayWrite && editing !== 'new' ? (
            <p>
              <button type="button" className="button button--primary" id="add-sitting" onClick={() => open('new')}>
                {t('sittings.add')}
              </button>
            </p>
          ) : null}
          <ol className="plain-list">
            {sorted.map((sitting, index) =>
              editing !== null && editing !== 'new' && editing.id === sitting.id ? (
                <li key={sitting.id}>
                  <SittingForm sitting={sitting} onClose={close} />
                </li>
              ) : (
                <SittingCard key={sitting.id} sitting={sitting} number={index + 1} mayEdit={mayWrite} onEdit={() => open(sitting)} />
              ),
            )}
          </ol>
        </div>
        <IntakeGuideView />
      </div>
    </div>
  );
}
