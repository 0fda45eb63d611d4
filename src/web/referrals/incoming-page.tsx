import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../platform/errors';
import { FormAlert } from '../platform/form';
import { useDocumentTitle } from '../shell/document-title';
import { LoadFailed, Loading } from '../shell/guards';
import { useAnswerIncoming, useIncoming, useIncomingOne, type Incoming } from './api';
import { PacketView } from './packet-view';
import './referrals.css';

function IncomingDetail({ id }: { id: string }) {
  const { t } = useTranslation('referrals');
  const one = useIncomingOne(id);
  const answer = useAnswerIncoming(id);
  if (one.isPending) return <Loading />;
  if (one.isError) return <LoadFailed error={one.error} />;
  const r = one.data;
  const open = r.access === 'open';
  return (
    <div className="stack">
      <FormAlert message={answer.error ? describeError(t, answer.error) : null} />
      {!open ? <p className="notice notice--problem">{t('incoming.ended')}</p> : null}
      {r.packet ? <PacketView packet={r.packet} headingId={`incoming-packet-${r.id}`} /> : null}
      {r.linkedCaseCode ? (
        <p>
          <Link to={`/cases/${r.linkedCaseCode}/referrals`}>{t('incoming.openCase', { code: r.linkedCaseCode })}</Link>
        </p>
      ) : null}
      {open && (r.status === 'sent' || r.status === 'acknowledged') ? (
        <div className="actions">
          {r.status === 'sent' ? (
            <button type="button" className="button" disabled={answer.isPending} onClick={() => answer.mutate('acknowledged')}>
              {t('incoming.acknowledge')}
            </button>
          ) : null}
          <button type="button" className="button button--primary" disabled={answer.isPending} onClick={() => answer.mutate('accept')}>
            {t('incoming.accept')}
          </button>
          <button type="button" className="button button--quiet" disabled={answer.isPending} onClick={() => answer.mutate('declined')}>
            {t('incoming.decline')}
          </button>
        </div>
      ) : null}
    </div>
  );
}

function Row({ r, open, onToggle }: { r: Incoming; open: boolean; onToggle: () => void }) {
  const { t } = useTranslation('referrals');
  return (
    <li className="card">
      <h2>{t('incoming.from', { organisation: r.fromOrganisation })}</h2>
      <p>
        <strong>{t(`status.${r.status}`)}</strong> · {r.entryName ?? ''} ·{' '}
        {r.categories.map((c) => t(`categories.${c}`)).join(', ') || t('packet.nothingShared')}
      </p>
      {r.access === 'ended' ? <p className="notice notice--problem">{t('incoming.ended')}</p> : null}
      <button type="button" className="button" aria-expanded={open} onClick={onToggle}>
        {open ? t('incoming.close') : t('incoming.open')}
      </button>
      {open ? <IncomingDetail id={r.id} /> : null}
    </li>
  );
}

/** Referrals made to my organisation by others on this Harbour. */
export function IncomingPage() {
  const { t } = useTranslation('referrals');
  useDocumentTitle(t('incoming.title'));
  const queue = useIncoming();
  const [openId, setOpenId] = useState<string | null>(null);
  return (
    <div className="stack">
      <h1>{t('incoming.title')}</h1>
      <p className="muted">{t('incoming.intro')}</p>
      {queue.isPending ? <Loading /> : null}
      {queue.isError ? <LoadFailed error={queue.error} /> : null}
      {queue.data?.length === 0 ? <p className="card card--calm">{t('incoming.empty')}</p> : null}
      <ul className="referral-list">
        {queue.data?.map((r) => (
          <Row key={r.id} r={r} open={openId === r.id} onToggle={() => setOpenId(openId === r.id ? null : r.id)} />
        ))}
      </ul>
    </div>
  );
}
