import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCase } from '../cases/case-context';
import { caseErrorText, focusSoon, useAnnounce } from '../cases/ui';
import { formatInstant } from '../platform/dates';
import { currentLanguage } from '../platform/i18n';
import { evidenceApi, evidencePath, useEvidenceChange, useHistory } from './api';
import { LinksField } from './links-field';
import { PREVIEWABLE, type EvidenceItem, type Link, type RemedyChecklist } from './model';
import { useRemedyName } from '../knowledge/remedy-names';
import { formatDay } from '../platform/dates';

const formatSize = (bytes: number, lang: string) =>
  bytes < 1024 * 1024
    ? `${new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024))} KB`
    : `${new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`;

function History({ item }: { item: EvidenceItem }) {
  const { t } = useTranslation('evidence');
  const { code } = useCase();
  const history = useHistory(code, item.id, true);
  return (
    <ol className="evidence-history">
      {(history.data ?? []).map((h, index) => (
        <li key={index}>
          <time dateTime={h.at}>{formatInstant(h.at)}</time> — {t(`actions.${h.action}`, { defaultValue: h.action })}
          {h.by ? ` — ${h.by}` : ''}
          {h.sha256 ? (
            <>
              {' '}
              — <code className="evidence-hash">{h.sha256}</code>
            </>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

export function ItemCard({ item, checklist }: { item: EvidenceItem; checklist: RemedyChecklist[] }) {
  const { t } = useTranslation('evidence');
  const { t: tc } = useTranslation('cases');
  const remedyName = useRemedyName();
  const { code, can } = useCase();
  const announce = useAnnounce();
  const lang = currentLanguage();
  const mayWrite = can.write(item.compartment);
  const [file, setFile] = useState<File | null>(null);
  const [editingLinks, setEditingLinks] = useState(false);
  const [links, setLinks] = useState<Link[]>(item.supports);
  const [showHistory, setShowHistory] = useState(false);
  const upload = useEvidenceChange(
    code,
    (chosen: File) => evidenceApi.upload(code, item.id, chosen),
    () => announce(t('card.uploaded', { label: item.label })),
  );
  const change = useEvidenceChange(
    code,
    (body: object) => evidenceApi.change(code, item.id, body),
    () => {
      announce(t('card.changed', { label: item.label }));
      setEditingLinks(false);
      focusSoon(`#evidence-${item.id}`);
    },
  );
  const fileUrl = (disposition: string) => `${evidencePath(code)}/${encodeURIComponent(item.id)}/file?disposition=${disposition}`;
  const heading = `${t('card.exhibit', { label: item.label })} — ${t(`kinds.${item.kind}`)}`;
  const supports = item.supports.map((l) => {
    const remedy = remedyName(l.remedy);
    const need = l.need === undefined ? undefined : checklist.find((r) => r.remedy === l.remedy)?.needs[l.need]?.text;
    return need ? `${remedy}: ${need}` : remedy;
  });
  return (
    <li className="card evidence-item" id={`evidence-${item.id}`} tabIndex={-1} aria-labelledby={`evidence-${item.id}-heading`}>
      <h4 id={`evidence-${item.id}-heading`}>{heading}</h4>
      <p>{item.details.description}</p>
      <dl className="summary summary--compact">
        <div>
          <dt>{t('card.status')}</dt>
          <dd>
            {t(`status.${item.status}`)}
            {item.details.request
              ? ` — ${t('card.requested', { on: item.details.request.requestedOn, channel: t(`channels.${item.details.request.channel}`) })}${
                  item.details.request.followUpOn ? ` ${t('card.followUp', { on: item.details.request.followUpOn })}` : ''
                }`
              : ''}
          </dd>
        </div>
        {item.details.date ? (
          <div>
            <dt>{t('form.date')}</dt>
            <dd>{formatDay(item.details.date)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('form.translation')}</dt>
          <dd>{t(`translation.${item.translation}`)}</dd>
        </div>
        <div>
          <dt>{t('form.compartment')}</dt>
          <dd>{t(`compartments.${item.compartment}`)}</dd>
        </div>
        <div>
          <dt>{t('card.supports')}</dt>
          <dd>{supports.length > 0 ? supports.join(' · ') : t('card.supportsNone')}</dd>
        </div>
        <div>
          <dt>{t('card.file')}</dt>
          <dd>
            {item.file ? (
              <>
                {item.file.name ?? t('card.unnamed')} ({formatSize(item.file.size, lang)}, {t('card.version', { version: item.file.version })})
                <br />
                {t('card.sha256')} <code className="evidence-hash">{item.file.sha256}</code>
                {item.file.metadataRemovedOnExport ? <p className="muted">{t('card.photoMetadata')}</p> : null}
              </>
            ) : (
              t('card.noFile')
            )}
          </dd>
        </div>
      </dl>
      {item.file ? (
        <p className="actions">
          <a className="button" href={fileUrl('attachment')} download>
            {t('card.download', { label: item.label })}
          </a>
          {PREVIEWABLE.includes(item.file.mediaType) ? (
            <a className="button button--quiet" href={fileUrl('inline')} target="_blank" rel="noopener noreferrer">
              {t('card.preview', { label: item.label })}
            </a>
          ) : null}
        </p>
      ) : null}
      {mayWrite ? (
        <form
          className="evidence-upload"
          onSubmit={(e) => {
            e.preventDefault();
            if (file) upload.mutate(file);
          }}
        >
          <label htmlFor={`upload-${item.id}`}>
            {item.file ? t('card.replaceLabel', { label: item.label }) : t('card.uploadLabel', { label: item.label })}
          </label>
          <input id={`upload-${item.id}`} type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          <button type="submit" className="button" disabled={!file || upload.isPending}>
            {item.file ? t('card.replace') : t('card.upload')}
          </button>
          {upload.error ? <p role="alert">{caseErrorText(tc, upload.error)}</p> : null}
        </form>
      ) : null}
      {mayWrite && !editingLinks ? (
        <button type="button" className="button button--quiet" onClick={() => setEditingLinks(true)}>
          {t('card.editLinks', { label: item.label })}
        </button>
      ) : null}
      {editingLinks ? (
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            change.mutate({ supports: links });
          }}
        >
          <LinksField checklist={checklist} value={links} onChange={setLinks} idPrefix={item.id} />
          {change.error ? <p role="alert">{caseErrorText(tc, change.error)}</p> : null}
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={change.isPending}>
              {t('card.saveLinks')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setEditingLinks(false)}>
              {t('form.cancel')}
            </button>
          </div>
        </form>
      ) : null}
      {mayWrite && item.status === 'requested' ? (
        <button type="button" className="button button--quiet" onClick={() => change.mutate({ status: 'held' })}>
          {t('card.markHeld', { label: item.label })}
        </button>
      ) : null}
      <button type="button" className="button button--quiet" aria-expanded={showHistory} onClick={() => setShowHistory(!showHistory)}>
        {t('card.history', { label: item.label })}
      </button>
      {showHistory ? <History item={item} /> : null}
    </li>
  );
}
