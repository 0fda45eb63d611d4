import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import './knowledge.css';

/** The knowledge browser's own sections, shown under each page heading. */
export function KnowledgeNav() {
  const { t } = useTranslation('knowledge');
  const links = [
    { to: '/knowledge', label: t('sections.remedies'), end: true },
    { to: '/knowledge/report', label: t('sections.report') },
    { to: '/knowledge/indicators', label: t('sections.indicators') },
  ];
  return (
    <nav className="subnav" aria-label={t('sections.label')}>
      <ul>
        {links.map((l) => (
          <li key={l.to}>
            <NavLink to={l.to} end={l.end}>
              {l.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
