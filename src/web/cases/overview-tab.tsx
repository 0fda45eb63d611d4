import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useCase } from './case-context';
import { IdentitySection } from './identity-section';
import { NextStep } from './next-step';
import { CaseDetailsForm, SafeContactForm } from './overview-forms';
import { focusSoon } from './ui';

export function OverviewTab() {
  const { t } = useTranslation('cases');
  const { can, header } = useCase();
  const created = (useLocation().state as { created?: boolean } | null)?.created === true;
  const [editing, setEditing] = useState<'safe-contact' | 'details' | null>(null);
  const open = (what: 'safe-contact' | 'details') => {
    setEditing(what);
    focusSoon(what === 'safe-contact' ? '#safe-contact-form-heading' : '#details-form-heading');
  };
  const close = (what: 'safe-contact' | 'details') => {
    setEditing(null);
    focusSoon(`#edit-${what}`);
  };

  return (
    <div className="case-tab">
      <h2 tabIndex={-1}>{t('tabs.overview')}</h2>
      {created ? (
        <div className="notice notice--success">
          <p>{t('new.created', { code: header.code })}</p>
        </div>
      ) : null}
      {header.status === 'closed' ? <p className="notice">{t('overview.closed')}</p> : null}
      <NextStep />
      <IdentitySection />
      <section className="card" aria-labelledby="safe-contact-edit-heading">
        <h2 id="safe-contact-edit-heading">{t('safeContact.editHeading')}</h2>
        {editing === 'safe-contact' ? (
          <SafeContactForm onClose={() => close('safe-contact')} />
        ) : (
          <>
            <p>{t('safeContact.editIntro')}</p>
            {can['case:update'] ? (
              <button type="button" id="edit-safe-contact" className="button" onClick={() => open('safe-contact')}>
                {header.safeContact ? t('safeContact.edit') : t('safeContact.add')}
              </button>
            ) : null}
          </>
        )}
      </section>
      {can['case:update'] ? (
        <section className="card" aria-labelledby="details-heading">
          <h2 id="details-heading">{t('details.heading')}</h2>
          {editing === 'details' ? (
            <CaseDetailsForm onClose={() => close('details')} />
          ) : (
            <button type="button" id="edit-details" className="button" onClick={() => open('details')}>
              {t('details.edit')}
            </button>
          )}
        </section>
      ) : null}
    </div>
  );
}
