import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useSession } from '../accounts/session';
import { api } from '../platform/api';
import { Field, FormAlert, SelectField, SubmitButton } from '../platform/form';
import { useDocumentTitle } from '../shell/document-title';
import { LoadFailed, Loading } from '../shell/guards';
import { useCaseList } from './api';
import { formatDay, languageList } from './format';
import type { CaseSummary } from './types';
import { caseErrorText } from './ui';

function CaseTable({ cases, caption }: { cases: CaseSummary[]; caption: string }) {
  const { t } = useTranslation('cases');
  return (
    <div className="table-wrap">
      <table className="stacking-table case-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('fields.code')}</th>
            <th scope="col">{t('fields.province')}</th>
            <th scope="col">{t('fields.languages')}</th>
            <th scope="col">{t('fields.myRole')}</th>
            <th scope="col">{t('fields.lastSitting')}</th>
            <th scope="col">{t('fields.status')}</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr key={c.code}>
              <th scope="row">
                <Link className="case-code" to={`/cases/${c.code}`}>
                  {c.code}
                </Link>
              </th>
              <td data-label={t('fields.province')}>{t(`provinces.${c.province}`)}</td>
              <td data-label={t('fields.languages')}>
                {languageList(c.languages)}
                {c.interpreterNeeded ? ` · ${t('interpreter.needed')}` : ''}
              </td>
              <td data-label={t('fields.myRole')}>{c.myTeamRole ? t(`teamRoles.${c.myTeamRole}`) : t('access.org-admin')}</td>
              <td data-label={t('fields.lastSitting')}>{c.lastSittingOn ? formatDay(c.lastSittingOn) : t('case.noSittingYet')}</td>
              <td data-label={t('fields.status')}>
                <span className={`tag tag--${c.status}`}>{t(`status.${c.status}`)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const SORTS = ['last-sitting', 'code', 'newest'] as const;
type Sort = (typeof SORTS)[number];

/** Letters and digits only, upper case: "hb 8avc-kq" finds HB-8AVC-KQ. */
const codeKey = (text: string) => text.toUpperCase().replace(/[^A-Z0-9]/g, '');

/** The loaded cases whose code contains what was typed, in the order chosen. */
export function arrangeCases(cases: readonly CaseSummary[], find: string, sort: Sort): CaseSummary[] {
  const wanted = codeKey(find);
  const found = wanted ? cases.filter((c) => codeKey(c.code).includes(wanted)) : [...cases];
  const by: Record<Sort, (a: CaseSummary, b: CaseSummary) => number> = {
    // Never met first (they need a first sitting), then the longest since the last sitting.
    'last-sitting': (a, b) => (a.lastSittingOn ?? '').localeCompare(b.lastSittingOn ?? '') || a.code.localeCompare(b.code),
    code: (a, b) => a.code.localeCompare(b.code),
    newest: (a, b) => b.createdAt.localeCompare(a.createdAt),
  };
  return found.sort(by[sort]);
}

/** Exact-name search. The name is sent in a POST body, never in the address bar. */
function FindByName() {
  const { t } = useTranslation('cases');
  const [name, setName] = useState('');
  const search = useMutation({ mutationFn: (value: string) => api.post<{ cases: CaseSummary[] }>('/api/cases/search', { name: value }).then((r) => r.cases) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) search.mutate(name.trim());
  };
  return (
    <section className="card" aria-labelledby="find-heading">
      <h2 id="find-heading">{t('list.findHeading')}</h2>
      <form className="inline-form" onSubmit={submit} role="search" aria-labelledby="find-heading">
        <Field label={t('list.findLabel')} name="name" autoComplete="off" hint={t('list.findHint')} value={name} onChange={(e) => setName(e.target.value)} />
        <SubmitButton pending={search.isPending} pendingLabel={t('common:working')}>
          {t('list.findSubmit')}
        </SubmitButton>
      </form>
      <FormAlert message={search.error ? caseErrorText(t, search.error) : null} />
      <div role="status">
        {search.data && search.data.length === 0 ? <p>{t('list.findNone')}</p> : null}
        {search.data && search.data.length > 0 ? <CaseTable cases={search.data} caption={t('list.findResults', { count: search.data.length })} /> : null}
      </div>
    </section>
  );
}

export function CaseListPage() {
  const { t } = useTranslation('cases');
  useDocumentTitle(t('list.title'));
  const role = useSession().data?.user.role;
  const [params] = useSearchParams();
  const status = params.get('status') === 'closed' ? 'closed' : 'open';
  const list = useCaseList(status);
  const mayCreate = role === 'lawyer' || role === 'legal-worker' || role === 'support-worker';
  const [find, setFind] = useState('');
  const [sort, setSort] = useState<Sort>('last-sitting');
  const shown = list.data ? arrangeCases(list.data, find, sort) : [];
  // Arriving from "Delete for good": say that the case is gone (only on the entry that deleted it).
  const deleted = (useLocation().state as { deleted?: string } | null)?.deleted;

  return (
    <section className="page">
      <h1 tabIndex={-1}>{t('list.title')}</h1>
      {deleted ? (
        <p className="notice notice--success" role="status">
          {t('list.deleted', { code: deleted })}
        </p>
      ) : null}
      <p className="lede">{role === 'admin' ? t('list.introAdmin') : t('list.intro')}</p>
      {mayCreate ? (
        <p>
          <Link className="button button--primary" to="/cases/new">
            {t('list.new')}
          </Link>
        </p>
      ) : null}
      <nav className="filter-links" aria-label={t('list.filterLabel')}>
        {(['open', 'closed'] as const).map((s) => (
          <Link key={s} to={s === 'open' ? '/cases' : '/cases?status=closed'} aria-current={s === status ? 'page' : undefined}>
            {t(`list.filter.${s}`)}
          </Link>
        ))}
      </nav>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <LoadFailed error={list.error} /> : null}
      {list.data && list.data.length === 0 ? (
        <div className="card card--calm empty-state">
          <h2>{t(`list.empty.${status}.title`)}</h2>
          <p>{t(`list.empty.${status}.body`)}</p>
        </div>
      ) : null}
      {list.data && list.data.length > 0 ? (
        <>
          <div className="list-tools" role="search" aria-label={t('list.toolsLabel')}>
            <Field
              label={t('list.findCode')}
              name="findCode"
              autoComplete="off"
              spellCheck={false}
              maxLength={40}
              className="field--short"
              value={find}
              onChange={(e) => setFind(e.target.value)}
            />
            <SelectField label={t('list.sortLabel')} name="sort" value={sort} onChange={(e) => setSort(e.target.value as Sort)}>
              {SORTS.map((s) => (
                <option key={s} value={s}>
                  {t(`list.sort.${s}`)}
                </option>
              ))}
            </SelectField>
          </div>
          {shown.length > 0 ? (
            <CaseTable
              cases={shown}
              caption={find.trim() ? t('list.codeMatches', { count: shown.length }) : t(`list.caption.${status}`, { count: list.data.length })}
            />
          ) : (
            <p role="status">{t('list.noCodeMatch')}</p>
          )}
        </>
      ) : null}
      {list.hasNextPage ? (
        <p>
          <button type="button" className="button" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
            {list.isFetchingNextPage ? t('list.loadingMore') : t('list.showMore')}
          </button>
        </p>
      ) : null}
      {role !== 'admin' ? <FindByName /> : null}
    </section>
  );
}
