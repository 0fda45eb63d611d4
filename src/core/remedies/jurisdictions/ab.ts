// Alberta. Sources: research notes §0, §6–§10 and the official pages they cite.
import { fact, t, START_NOT_RESEARCHED, NOT_RESEARCHED } from '../build';
import type { Jurisdiction } from '../model';
import { researchNotes, secondarySource, vocapPage } from '../sources';
import { PROVINCES_REVIEWED_ON } from './shared';

const esc = secondarySource(
  'Government of Alberta, "File an employment standards complaint" (Employment Standards Code, R.S.A. 2000, c. E-9)',
  'https://www.alberta.ca/file-employment-standards-complaint.aspx',
);
/** Section 20 as the Alberta Human Rights Commission reproduces it ("Who can make a complaint", revised 10 Aug 2020), read on 5 Dec 2026. */
const ahraS20Text = (pinpoint: string) =>
  secondarySource(
    'Alberta Human Rights Act, R.S.A. 2000, c. A-25.5, s. 20 (text reproduced by the Alberta Human Rights Commission, "Who can make a complaint", revised 10 Aug 2020)',
    'https://www.albertahumanrights.ab.ca/services/Pages/who_can_complain.aspx',
  )(pinpoint, 'official-text', { lastReviewed: PROVINCES_REVIEWED_ON });
const ahrc = secondarySource(
  'Alberta Human Rights Commission, "Making a complaint" (Alberta Human Rights Act, R.S.A. 2000, c. A-25.5, s. 20)',
  'https://albertahumanrights.ab.ca/complaints/making-a-complaint',
);
const ng = secondarySource(
  'Bow River Employment Law on Ng v. Athabasca University, 2023 AHRC 94',
  'https://bowriveremploymentlaw.com/case-illustrates-discoverability-does-not-apply-in-alberta-human-rights/',
);
const mt = secondarySource(
  'Miller Thomson, "Small claims court (Provincial Court) claim limit increase in Alberta" (Jan/Jun 2023)',
  'https://millerthomson.com/en/insights/commercial-litigation-communique/small-claims-court-provincial-court-claim-limit-increase-alberta',
);
const vocap = secondarySource('Government of Alberta, Victims of Crime Assistance Program', 'https://alberta.ca/victims-of-crime-assistance-program');
const bill2 = secondarySource(
  'Morinville News, "Government legislation would remove time limits on civil claims for sexual assault" (7 Mar 2017), on Bill 2, An Act to Remove Barriers for Survivors of Sexual and Domestic Violence',
  'https://morinvillenews.com/2017/03/07/government-legislation-would-remove-time-limits-on-civil-claims-for-sexual-assault/',
);
const isManual = secondarySource(
  'Alberta Income and Employment Supports Policy Manual, "Assessing eligibility and verifying immigration status" (19 Dec 2019)',
  'http://www.humanservices.alberta.ca/AWonline/IS/4831.html',
);

export const ab: Jurisdiction = {
  code: 'AB',
  name: t('Alberta', 'Alberta'),
  review: {
    status: 'reviewed',
    note: t('Reviewed against the research notes (remedies.md §0, §6–§10).', 'Examiné à partir des notes de recherche (remedies.md §0, §6–§10).'),
  },
  params: {
    'employment-standards.limitation': [
      fact(
        {
          months: 6,
          trigger: 'employmentEnded',
          body: t('Alberta Employment Standards', "Normes d'emploi de l'Alberta"),
          extension: t(
            'The director may extend the time for extenuating circumstances (2006 archived page).',
            'Le directeur peut prolonger le délai pour circonstances atténuantes (page archivée de 2006).',
          ),
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [esc('complaint while employed or up to 6 months after the last day of employment', 'secondary')],
        },
      ),
    ],
    'employment-standards.recovery': [
      fact(
        { text: t('Maximum recovery not confirmed in the sources (unverified).', 'Montant maximal non confirmé par les sources (non vérifié).') },
        { effective: START_NOT_RESEARCHED, citations: [esc('recovery limit', 'unverified')] },
      ),
    ],
    'employment-standards.complaint-disclosed-to-employer': [
      fact(
        { disclosed: 'yes' },
        {
          effective: START_NOT_RESEARCHED,
          citations: [esc('a formal complaint is not anonymous; the employer is told who complained (an anonymous tip is possible)', 'secondary')],
        },
      ),
    ],
    'small-claims.limit': [
      fact(
        { maxDollars: 100_000, forum: t('Alberta Court of Justice, civil claims', "Cour de justice de l'Alberta, chambre civile") },
        { effective: { from: '2023-08-01' }, citations: [mt('Alta Reg 86/2023: $100,000 from 1 Aug 2023', 'secondary')] },
      ),
      fact(
        { maxDollars: 50_000, forum: t('Provincial Court of Alberta, civil claims', "Cour provinciale de l'Alberta, chambre civile") },
        { effective: { from: '2014-08-01', until: '2023-07-31' }, citations: [mt('earlier $50,000 limit (start date unverified)', 'unverified')] },
      ),
    ],
    'civil.limitation': [
      fact(
        {
          months: 24,
          rule: t(
            '2 years from discovery (Limitations Act, R.S.A. 2000, c. L-12) — unverified. No limitation period applies to a claim based on sexual assault, nor to one based on other sexual misconduct or on assault where the claimant was a minor, in an intimate relationship with the defendant or dependent on them (s. 3.1, added by Bill 2 of 2017 — secondary).',
            'Deux ans à compter de la découverte (Limitations Act, R.S.A. 2000, ch. L-12) — non vérifié. Aucun délai de prescription pour une réclamation fondée sur une agression sexuelle, ni pour une réclamation fondée sur une autre inconduite sexuelle ou sur des voies de fait si la personne était mineure, dans une relation intime avec le défendeur ou dépendante de lui (art. 3.1, ajouté par le projet de loi 2 de 2017 — secondaire).',
          ),
        },
        {
          effective: { from: '1999-03-01' },
          citations: [
            researchNotesAb('§8: Alberta 2 years (unverified)', 'unverified'),
            bill2(
              'Bill 2 removes limitation periods for sexual assault, and for sexual misconduct and assault involving a minor, an intimate relationship or a dependant',
              'secondary',
            ),
          ],
          verify: t(
            'The in-force date of Limitations Act s. 3.1 (Bill 2, 2017) is not researched: before it, the 2-year period applied to these claims too.',
            "La date d'entrée en vigueur de l'art. 3.1 de la Limitations Act (projet de loi 2, 2017) n'a pas été recherchée : avant elle, le délai de 2 ans s'appliquait aussi à ces réclamations.",
          ),
        },
      ),
    ],
    'human-rights.limitation': [
      fact(
        {
          months: 12,
          body: t('Alberta Human Rights Commission', 'Commission des droits de la personne de l\u2019Alberta'),
          extension: t(
            'Strict: discoverability did not save a complaint filed a year and a day late (Ng v. Athabasca University, 2023 AHRC 94).',
            "Strict : la possibilité de découvrir n'a pas sauvé une plainte déposée un an et un jour après (Ng c. Athabasca University, 2023 AHRC 94).",
          ),
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            ahraS20Text(
              's. 20(2): "A complaint made pursuant to subsection (1) must (a) be in a form acceptable to the Commission, and (b) be made within one year after the alleged contravention of the Act occurs."',
            ),
            ahrc('1 year, counted from the day after the incident', 'secondary'),
            ng('no discoverability', 'secondary'),
          ],
        },
      ),
    ],
    'victim-compensation.program': [
      fact(
        {
          name: t('Victims of Crime Assistance Program (VOCAP)', "Programme d'aide aux victimes d'actes criminels (VOCAP)"),
          months: 24,
          policeReportRequired: 'yes',
          traffickingCovered: 'unknown',
          extension: t(
            'Applications, including for emergency assistance, must be received within 2 years of the date of the crime; extendable in special circumstances (give the reason for the delay in the application).',
            "Les demandes, y compris d'aide d'urgence, doivent être reçues dans les 2 ans suivant la date du crime; prolongation possible en circonstances particulières (expliquer le retard dans la demande).",
          ),
        },
        {
          effective: { from: '2020-06-26' },
          citations: [
            vocapPage(
              'emergency assistance: application "received within 2 years of the date of the crime", extendable in special circumstances; police report "within a reasonable period of time"',
              'secondary',
            ),
          ],
          verify: t(
            'Local victim-services pages once gave 45 days for emergency, court-attendance and counselling applications; when the 2-year period replaced it is not researched.',
            "Des pages locales de services aux victimes indiquaient 45 jours pour l'aide d'urgence, la présence au tribunal et le counseling; la date à laquelle le délai de 2 ans l'a remplacé n'a pas été recherchée.",
          ),
        },
      ),
      fact(
        {
          name: t('Financial Benefits Program (Victims of Crime Act)', 'Programme de prestations financières'),
          months: 24,
          policeReportRequired: 'yes',
          traffickingCovered: 'unknown',
          extension: t('Terms before the 2020 change are unverified.', 'Les conditions antérieures à 2020 sont non vérifiées.'),
        },
        { effective: { from: NOT_RESEARCHED, until: '2020-06-25' }, citations: [vocap('program replaced 26 Jun 2020', 'unverified')] },
      ),
    ],
    'social-assistance.access': [
      fact(
        {
          program: t('Alberta Income Support', 'Soutien du revenu de l\u2019Alberta'),
          byStatus: {
            citizen: 'eligible',
            'permanent-resident': 'eligible',
            'protected-person': 'eligible',
            'refugee-claimant': 'eligible',
            'temporary-resident-permit': 'conditional',
            'no-status': 'ineligible',
            'work-permit-employer-specific': 'ineligible',
            'work-permit-open': 'ineligible',
            'study-permit': 'ineligible',
            visitor: 'ineligible',
            unknown: 'unknown',
          },
          conditions: t(
            'TRP holders qualify only if approved for entry by Alberta or "identified by IRCC as a Victim of Human Trafficking". Refugee claimants qualify while awaiting the IRB. Sponsored immigrants abandoned or abused by their sponsor may qualify.',
            "Les titulaires de PST ne sont admissibles que s'ils sont approuvés par l'Alberta ou « identifiés par IRCC comme victimes de la traite ». Les demandeurs d'asile sont admissibles en attendant la CISR. Les immigrants parrainés abandonnés ou maltraités par leur répondant peuvent l'être.",
          ),
          sharesWithImmigration: 'yes',
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [isManual('MOU with IRCC allows information sharing; TRP holders rule (IS 4830, 4831; ISTHB Reg s. 29)', 'official-text')],
        },
      ),
    ],
  },
};

function researchNotesAb(pinpoint: string, verification: 'unverified') {
  return researchNotes(pinpoint, verification);
}
