import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { focusSoon } from '../cases/ui';
import { describeError } from '../platform/errors';
import { Field } from '../platform/form';
import { currentLanguage } from '../platform/i18n';
import { calendarKeys, feedApi, useFeed } from './api';
import { formatLongDay } from './model';

/**
 * The account page's private calendar feed: what it shows (case codes and kinds of dates, never
 * names), a new address shown once with a copy button, and revoking it.
 */
export function FeedSection() {
  const { t } = useTranslation('calendar');
  const queryClient = useQueryClient();
  const feed = useFeed();
  const [copied, setCopied] = useState(false);
  const [confirmingRevoke, setConfirmingRevoke] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: calendarKeys.feed });
  const create = useMutation({
    mutationFn: feedApi.create,
    onMutate: () => setCopied(false),
    onSuccess: async () => {
      await refresh();
      focusSoon('.feed-url input');
    },
  });
  const revoke = useMutation({
    mutationFn: feedApi.revoke,
    onSuccess: async () => {
      create.reset();
      setConfirmingRevoke(false);
      await refresh();
    },
  });
  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  const active = feed.data?.active === true;
  const error = feed.error ?? create.error ?? revoke.error;

  return (
    <section className="card" aria-labelledby="feed-heading">
      <h2 id="feed-heading">{t('feed.heading')}</h2>
      <p>{t('feed.what')}</p>
      <p>{t('feed.private')}</p>
      <p role="status" className="muted">
        {feed.data
          ? active
            ? feed.data.createdAt
              ? t('feed.activeSince', { date: formatLongDay(feed.data.createdAt.slice(0, 10), currentLanguage()) })
              : t('feed.active')
            : t('feed.inactive')
          : ''}
      </p>
      {error ? (
        <div className="notice notice--problem" role="alert">
          <p>{describeError(t, error)}</p>
        </div>
      ) : null}
      {create.data ? (
        <div className="notice notice--success invite-link feed-url">
          <p>{t('feed.created')}</p>
          <Field label={t('feed.url')} name="feedUrl" value={create.data.url} readOnly onFocus={(e) => e.target.select()} hint={t('feed.onlyOnce')} />
          <button type="button" className="button" onClick={() => copy(create.data.url)}>
            {t('feed.copy')}
          </button>
          <p role="status" className="muted">
            {copied ? t('feed.copied') : ''}
          </p>
        </div>
      ) : null}
      {feed.data ? (
        <div className="actions">
          <button
            type="button"
            className="button button--primary"
            onClick={() => !create.isPending && create.mutate()}
            aria-disabled={create.isPending || undefined}
          >
            {active ? t('feed.regenerate') : t('feed.create')}
          </button>
          {active && !confirmingRevoke ? (
            <button
              type="button"
              className="button button--quiet"
              id="revoke-feed"
              onClick={() => {
                setConfirmingRevoke(true);
                focusSoon('#revoke-feed-confirm');
              }}
            >
              {t('feed.revoke')}
            </button>
          ) : null}
        </div>
      ) : null}
      {active ? <p className="muted">{t('feed.regenerateHint')}</p> : null}
      {confirmingRevoke ? (
        <div className="notice notice--problem">
          <p id="revoke-feed-confirm" tabIndex={-1}>
            {t('feed.revokeConfirm')}
          </p>
          <div className="actions">
            <button type="button" className="button button--serious" onClick={() => revoke.mutate()} disabled={revoke.isPending}>
              {t('feed.revokeYes')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                setConfirmingRevoke(false);
                focusSoon('#revoke-feed');
              }}
            >
              {t('feed.revokeNo')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
