import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCase } from '../cases/case-context';
import { focusSoon } from '../cases/ui';
import { currentLanguage } from '../platform/i18n';
import { LoadFailed, Loading } from '../shell/guards';
import { useChecklist, useEvidence } from './api';
import { BundlePanel } from './bundle-panel';
import { Checklist } from './checklist';
import { ItemCard } from './item-card';
import { ItemForm } from './item-form';
import type { EvidenceItem } from './model';
import './evidence.css';

/** The case's evidence: the items with their files and history, what is still missing per remedy, and the bundle. */
export function EvidenceTab() {
  const { t } = useTranslation('evidence');
  const { code, can } = useCase();
  const lang = currentLanguage();
  const items = useEvidence(code);
  const checklist = useChecklist(code, lang);
  const [adding, setAdding] = useState(false);
  const mayWrite = can.write('team');
  const close = (saved: EvidenceItem | null) => {
    setAdding(false);
    focusSoon(saved ? `#evidence-${saved.id}` : '#add-evidence');
  };
  return (
    <div className="case-tab">
      <h2 tabIndex={-1}>{t('tab')}</h2>
      <p className="lede">{t('intro')}</p>
      <p className="notice">{t('metadataNotice')}</p>
      <section aria-labelledby="evidence-items-heading">
        <h3 id="evidence-items-heading">{t('items.heading')}</h3>
        {adding ? <ItemForm checklist={checklist.data ?? []} onClose={close} /> : null}
        {mayWrite && !adding ? (
          <p>
            <button
              type="button"
              className="button button--primary"
              id="add-evidence"
              onClick={() => {
                setAdding(true);
                focusSoon('#evidence-form-heading');
              }}
            >
              {t('items.add')}
            </button>
          </p>
        ) : null}
        {items.isPending ? <Loading /> : null}
        {items.isError ? <LoadFailed error={items.error} /> : null}
        {items.data && items.data.length === 0 ? <p className="card card--calm">{t('items.none')}</p> : null}
        <ol className="plain-list">
          {(items.data ?? []).map((item) => (
            <ItemCard key={`${item.id}-${item.supports.length}-${item.status}`} item={item} checklist={checklist.data ?? []} />
          ))}
        </ol>
      </section>
      <section aria-labelledby="evidence-checklist-heading">
        <h3 id="evidence-checklist-heading">{t('checklist.heading')}</h3>
        <p className="muted">{t('checklist.intro')}</p>
        {checklist.isPending ? <Loading /> : null}
        {checklist.isError ? <LoadFailed error={checklist.error} /> : null}
        {checklist.data ? <Checklist checklist={checklist.data} /> : null}
      </section>
      <BundlePanel />
    </div>
  );
}
