// Quebec. Sources: research notes §6–§10 and the pages they cite.
import { fact, t, START_NOT_RESEARCHED, NOT_RESEARCHED } from '../build';
import type { Jurisdiction } from '../model';
import { researchNotes, secondarySource } from '../sources';

const lnt = secondarySource(
  'CNESST, plaintes pécuniaires (Loi sur les normes du travail, RLRQ c. N-1.1)',
  'https://canosmauricie.org/blogues/recours-plainte-pecuniaire-monetaire/',
);
const cdpdj = secondarySource(
  'CDPDJ, Foire aux questions (Charte des droits et libertés de la personne, RLRQ c. C-12, art. 77)',
  'https://cdpdj.qc.ca/fr/foire-aux-questions/notre-mission-et-nos-services',
);
const ivac = secondarySource(
  "IVAC, Conditions d'admissibilité (Loi visant à aider les personnes victimes d'infractions criminelles et à favoriser leur rétablissement, RLRQ c. P-9.2.1)",
  'https://www.ivac.qc.ca/victimes/Pages/conditions-dadmissibilite.aspx',
);
const rapf = secondarySource(
  "LégisQuébec, Loi sur l'aide aux personnes et aux familles, art. 26; Règlement, art. 47",
  'http://legisquebec.gouv.qc.ca/fr/showversion/cr/A-13.1.1,%20r.%201?code=se:47',
);

const CNESST = t('CNESST (labour standards)', 'CNESST (normes du travail)');
const CDPDJ = t(
  'Commission des droits de la personne et des droits de la jeunesse → Tribunal des droits de la personne',
  'Commission des droits de la personne et des droits de la jeunesse → Tribunal des droits de la personne',
);

export const qc: Jurisdiction = {
  code: 'QC',
  name: t('Quebec', 'Québec'),
  review: {
    status: 'reviewed',
    note: t(
      'Reviewed against the research notes (remedies.md §6–§10). Several Quebec values are unverified.',
      'Examiné à partir des notes de recherche (remedies.md §6–§10). Plusieurs valeurs québécoises sont non vérifiées.',
    ),
  },
  params: {
    'employment-standards.limitation': [
      fact(
        {
          months: 12,
          trigger: 'wagesDue',
          body: CNESST,
          extension: t(
            'Money claims: 1 year from the date payment was due. Psychological harassment: 2 years from the last incident (s. 123.7). Dismissal without good and sufficient cause, prohibited practice: 45 days.',
            'Réclamations pécuniaires : 1 an à compter de la date où le paiement était dû. Harcèlement psychologique : 2 ans depuis le dernier incident (art. 123.7). Congédiement sans cause juste et suffisante, pratique interdite : 45 jours.',
          ),
        },
        { effective: START_NOT_RESEARCHED, citations: [lnt('1 year from the date payment was due (LNT s. 115)', 'secondary')] },
      ),
    ],
    'employment-standards.recovery': [
      fact(
        {
          text: t(
            'Money owed under the Act respecting labour standards; contract claims go to the civil courts.',
            'Sommes dues en vertu de la LNT; les réclamations contractuelles relèvent des tribunaux civils.',
          ),
        },
        { effective: START_NOT_RESEARCHED, citations: [lnt('scope of money claims', 'secondary')] },
      ),
    ],
    'employment-standards.complaint-disclosed-to-employer': [
      fact({ disclosed: 'unknown' }, { effective: START_NOT_RESEARCHED, citations: [lnt('complaint process (not covered by the notes)', 'unverified')] }),
    ],
    'small-claims.limit': [
      fact(
        { maxDollars: 15_000, forum: t('Court of Québec, Small Claims Division', 'Cour du Québec, Division des petites créances') },
        {
          effective: { from: '2015-01-01' },
          citations: [researchNotes('§8: $15,000 (unverified)', 'unverified')],
        },
      ),
      fact(
        { maxDollars: 7_000, forum: t('Court of Québec, Small Claims Division', 'Cour du Québec, Division des petites créances') },
        {
          effective: { from: NOT_RESEARCHED, until: '2014-12-31' },
          citations: [researchNotes('earlier limit (value and dates unverified)', 'unverified')],
        },
      ),
    ],
    'civil.limitation': [
      fact(
        { months: 36, rule: t('3 years (Civil Code of Québec, art. 2925) — unverified.', 'Trois ans (Code civil du Québec, art. 2925) — non vérifié.') },
        {
          effective: { from: '1994-01-01' },
          citations: [researchNotes('§8: Quebec 3 years (unverified)', 'unverified')],
        },
      ),
    ],
    'human-rights.limitation': [
      fact(
        {
          months: 24,
          body: CDPDJ,
          extension: t(
            'Encoded conservatively at 2 years: the Commission may refuse to act when the last facts are more than 2 years old (s. 77). The civil limitation is 3 years (6 months if a police or municipal employee is involved); for exploitation, 3 years from becoming aware.',
            "Encodé prudemment à 2 ans : la Commission peut refuser d'agir si les derniers faits datent de plus de 2 ans (art. 77). La prescription civile est de 3 ans (6 mois si un policier ou employé municipal est en cause); pour l'exploitation, 3 ans depuis la connaissance.",
          ),
        },
        { effective: { from: '1976-06-28' }, citations: [cdpdj('3 years; Commission may refuse after 2 years (s. 77)', 'secondary')] },
      ),
    ],
    'victim-compensation.program': [
      fact(
        {
          name: t('IVAC (crime victims assistance)', 'IVAC (indemnisation des victimes d\u2019actes criminels)'),
          months: null,
          noLimitFor: t(
            'sexual violence, conjugal violence and violence suffered in childhood',
            'la violence sexuelle, la violence conjugale et la violence subie pendant l\u2019enfance',
          ),
          policeReportRequired: 'no',
          traffickingCovered: 'yes',
          extension: t(
            'The general deadline for other offences is unverified: check it before relying on a date.',
            'Le délai général pour les autres infractions est non vérifié : le vérifier avant de s\u2019y fier.',
          ),
        },
        {
          effective: { from: '2021-10-13' },
          citations: [ivac('new Act in force 13 Oct 2021; no police report needed; all offences against the person', 'secondary')],
          verify: t('General IVAC deadline (other than sexual, conjugal or childhood violence) is unverified.', 'Délai général de l\u2019IVAC non vérifié.'),
        },
      ),
      fact(
        {
          name: t('IVAC (former Crime Victims Compensation Act)', 'IVAC (ancienne Loi sur l\u2019indemnisation des victimes d\u2019actes criminels)'),
          months: null,
          policeReportRequired: 'no',
          traffickingCovered: 'unknown',
          extension: t('Only listed offences were covered; deadlines unverified.', 'Seules les infractions énumérées étaient couvertes; délais non vérifiés.'),
        },
        { effective: { from: '1972-03-01', until: '2021-10-12' }, citations: [ivac('former regime', 'unverified')] },
      ),
    ],
    'social-assistance.access': [
      fact(
        {
          program: t('Last-resort financial assistance (social assistance)', 'Aide financière de dernier recours (aide sociale)'),
          byStatus: {
            citizen: 'eligible',
            'permanent-resident': 'eligible',
            'protected-person': 'eligible',
            'refugee-claimant': 'eligible',
            'temporary-resident-permit': 'unknown',
            'no-status': 'ineligible',
            'work-permit-employer-specific': 'ineligible',
            'work-permit-open': 'ineligible',
            'study-permit': 'ineligible',
            visitor: 'ineligible',
            unknown: 'unknown',
          },
          conditions: t(
            'Act s. 26: citizens, registered Indians, PRs, protected persons. Regulation s. 47: refugee claimants; refused claimants whose presence is permitted; H&C PR applicants only with a CSQ and a spouse in an eligible category. TRP holders (including VTIP) are not listed: possibly ineligible (unverified).',
            "Loi art. 26 : citoyens, Indiens inscrits, RP, personnes protégées. Règlement art. 47 : demandeurs d'asile; demandeurs déboutés dont la présence est permise; demandeurs CH avec CSQ et conjoint admissible. Les titulaires de PST ne sont pas énumérés : peut-être inadmissibles (non vérifié).",
          ),
          sharesWithImmigration: 'unknown',
        },
        { effective: START_NOT_RESEARCHED, citations: [rapf('s. 26 and Regulation s. 47', 'official-text')] },
      ),
    ],
  },
};
