import { useTranslation } from 'react-i18next';
import { REMEDY_IDS } from '../../core/contract/identifiers';
import { linkKey, type Link, type RemedyChecklist } from './model';
import { useRemedyName } from '../knowledge/remedy-names';

/**
 * Which remedies, and which entries of their evidence lists, an item supports. The remedies in
 * play come with their lists; any other remedy can be linked as a whole (it then joins the
 * checklist, with its list).
 */
export function LinksField({
  checklist,
  value,
  onChange,
  idPrefix,
}: {
  checklist: RemedyChecklist[];
  value: Link[];
  onChange: (links: Link[]) => void;
  idPrefix: string;
}) {
  const { t } = useTranslation('evidence');
  const remedyName = useRemedyName();
  const has = (link: Link) => value.some((l) => linkKey(l) === linkKey(link));
  const toggle = (link: Link, on: boolean) =>
    onChange(on ? [...value.filter((l) => linkKey(l) !== linkKey(link)), link] : value.filter((l) => linkKey(l) !== linkKey(link)));
  const box = (link: Link, label: string) => (
    <label className="choice" key={linkKey(link)}>
      <input type="checkbox" name={`${idPrefix}-links`} checked={has(link)} onChange={(e) => toggle(link, e.target.checked)} /> {label}
    </label>
  );
  const inPlay = new Set(checklist.map((r) => r.remedy));
  const others = REMEDY_IDS.filter((id) => !inPlay.has(id));
  return (
    <fieldset className="evidence-links">
      <legend>{t('links.legend')}</legend>
      <p className="field__hint">{t('links.hint')}</p>
      {checklist.map((r) => (
        <fieldset key={r.remedy} className="evidence-links__remedy">
          <legend>{remedyName(r.remedy)}</legend>
          <div className="choices">
            {r.needs.map((n) => box({ remedy: r.remedy, need: n.need }, n.text))}
            {box({ remedy: r.remedy }, t('links.general'))}
          </div>
        </fieldset>
      ))}
      <details className="evidence-links__others" open={value.some((l) => !inPlay.has(l.remedy))}>
        <summary>{t('links.others')}</summary>
        <div className="choices">{others.map((id) => box({ remedy: id }, remedyName(id)))}</div>
      </details>
    </fieldset>
  );
}
