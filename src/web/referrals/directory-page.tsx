import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../accounts/session';
import { useDocumentTitle } from '../shell/document-title';
import { LoadFailed, Loading } from '../shell/guards';
import { useDirectory, type DirectoryFilters } from './api';
import { EntryCard } from './entry-card';
import { ENTRY_EDITORS } from './entry-form-page';
import { cleanFilters, Filters } from './filters';
import './referrals.css';

/** The directory of services: search, filters, and a plain list that works on a phone. */
export function DirectoryPage() {
  const { t } = useTranslation('referrals');
  useDocumentTitle(t('directory.title'));
  const [filters, setFilters] = useState<DirectoryFilters>({});
  const results = useDirectory(cleanFilters(filters));
  const role = useSession().data?.user.role;
  const mayAdd = role !== undefined && (ENTRY_EDITORS as readonly string[]).includes(role);
  return (
    <div className="stack">
      <h1>{t('directory.title')}</h1>
      <p className="muted">{t('directory.intro')}</p>
      <p className="actions">
        {mayAdd ? (
          <Link className="button" to="/directory/new">
            {t('directory.add')}
          </Link>
        ) : null}
        <a className="button button--quiet" href="/api/directory/export?format=csv&scope=all" download>
          {t('directory.exportCsv')}
        </a>
        <a className="button button--quiet" href="/api/directory/export?format=json&scope=all" download>
          {t('directory.exportJson')}
        </a>
      </p>
      <Filters value={filters} onChange={setFilters} />
      {results.isPending ? <Loading /> : null}
      {results.isError ? <LoadFailed error={results.error} /> : null}
      {results.data ? (
        <>
          <p role="status">{t('directory.count', { count: results.data.length })}</p>
          <ul className="referral-list">
            {results.data.map((r) => (
              <EntryCard
                key={r.entry.id}
                result={r}
                action={r.mine ? <Link to={`/directory/${encodeURIComponent(r.entry.id)}/edit`}>{t('entry.edit', { name: r.entry.name.en })}</Link> : null}
              />
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
