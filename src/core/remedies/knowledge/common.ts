// Rows and risk rules that several remedies share, written once so they cannot drift apart.
import type { RemedyId } from '../../contract';
import { barRule } from '../bars';
import { param, risk, row, t, START_NOT_RESEARCHED } from '../build';
import {
  employerInvolved,
  exploitedBy,
  isCitizenOrPermanentResident,
  isTemporaryResident,
  answered,
  barDateUnknown,
  sexIndustryWork,
  statusPrecarious,
  stillEmployed,
} from '../facts';
import type { BarId, EligibilityRule, Localized } from '../model';
import { irpa, irpr, researchNotes, secondarySource, seedReport } from '../sources';

const OB_567 =
  'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/bulletins-2014/567-february-14-2014.html';

export const notForCitizensOrPermanentResidents = (remedy: string) =>
  row({
    effective: START_NOT_RESEARCHED,
    id: `${remedy}.has-permanent-status`,
    effect: 'not-applicable',
    when: isCitizenOrPermanentResident,
    reason: t(
      'The person is a citizen or permanent resident, so this immigration remedy is not needed.',
      "La personne est citoyenne ou résidente permanente; ce recours en immigration n'est pas nécessaire.",
    ),
    citations: [irpa('ss. 19–20 (right to enter and remain)', 'unverified')],
  });

/** IRPR s. 183(1)(b.1) and companions, in force 31 Dec 2013: no temporary resident may work for a sex-industry business. */
export const sexIndustryStatusRisk = (remedy: string, level: 'medium' | 'high' = 'high') =>
  risk({
    id: `${remedy}.sex-industry-condition`,
    risk: 'status-jeopardy',
    level,
    basis: 'law',
    when: (ctx) => sexIndustryWork(ctx) && (isTemporaryResident(ctx) || ctx.facts.person.immigrationStatus === 'refugee-claimant'),
    why: t(
      'Every temporary resident (visitor, student, worker, TRP holder) is barred from working for an employer that regularly offers striptease, erotic dance, escort services or erotic massage. If this work comes out, the person can be found in breach of their conditions, arrested, detained and removed.',
      "Tout résident temporaire (visiteur, étudiant, travailleur, titulaire de PST) ne peut travailler pour un employeur offrant régulièrement des spectacles de striptease, de la danse érotique, des services d'escorte ou des massages érotiques. Si ce travail est révélé, la personne peut être jugée en violation de ses conditions, arrêtée, détenue et renvoyée.",
    ),
    effective: { from: '2013-12-31' },
    citations: [irpr('ss. 183(1)(b.1), 196.1(a), 200(3)(g.1), 203(2)(a)', 'official-text', { url: OB_567 })],
  });

/** Seed report: employers can tip off CBSA when a hearing needs the client in person. */
export const hearingTipOffRisk = (remedy: string) =>
  risk({
    effective: START_NOT_RESEARCHED,
    id: `${remedy}.employer-tip-off`,
    risk: 'cbsa-exposure',
    level: 'high',
    basis: 'practice',
    when: (ctx) => statusPrecarious(ctx) && employerInvolved(ctx),
    why: t(
      'In practice: lawyers report that an employer can tip off CBSA when a hearing needs the client in person; in 2010 CBSA detained a Vancouver worker with a pending employment standards claim. The statutes do not ask about status, but the person becomes findable.',
      "En pratique : des avocats rapportent qu'un employeur peut alerter l'ASFC lorsqu'une audience exige la présence du client; en 2010, l'ASFC a détenu à Vancouver un travailleur ayant une plainte en normes d'emploi. Les lois ne posent pas de condition de statut, mais la personne devient repérable.",
    ),
    citations: [
      seedReport('§3.1, V. Wong: "employer can potentially tip off CBSA if there are any physical hearings"', 'secondary'),
      secondarySource(
        'No One Is Illegal Vancouver, post of 12 Jul 2010',
        'https://noii-van.resist.ca/canada-border-services-celebrates-canada-day-by-detaining-migrant-worker/',
      )('worker detained after ESB claim', 'secondary'),
    ],
  });

export const employerRetaliationRisk = (remedy: string) =>
  risk({
    effective: START_NOT_RESEARCHED,
    id: `${remedy}.employer-named`,
    risk: 'employer-retaliation',
    level: (ctx) =>
      stillEmployed(ctx) || answered(ctx, 'dependency-on-exploiter') || param(ctx, 'employment-standards.complaint-disclosed-to-employer')?.disclosed === 'yes'
        ? 'high'
        : 'medium',
    basis: 'practice',
    when: (ctx) => exploitedBy(ctx, 'employer') || exploitedBy(ctx, 'recruiter-or-agent'),
    why: t(
      'The employer is named and learns of the complaint; retaliation (dismissal, eviction from employer housing, threats, reports to authorities) is likelier while the person still works or lives there.',
      "L'employeur est nommé et apprend l'existence de la plainte; les représailles (congédiement, expulsion du logement, menaces, dénonciation) sont plus probables si la personne y travaille ou y vit encore.",
    ),
    citations: [researchNotes('§0, §12 (inference from reported cases)', 'secondary')],
  });

export const familyReprisalRisk = (remedy: string) =>
  risk({
    effective: START_NOT_RESEARCHED,
    id: `${remedy}.family-threatened`,
    risk: 'reprisal-against-family',
    level: 'high',
    basis: 'practice',
    when: (ctx) => answered(ctx, 'violence-or-threats-to-family') || answered(ctx, 'threats-to-inform-family-or-public'),
    why: t(
      'The exploiters have threatened the family or to expose the person; acting against them can bring reprisals against relatives here or abroad. Plan safety first.',
      "Les exploiteurs ont menacé la famille ou menacé d'exposer la personne; agir contre eux peut entraîner des représailles contre des proches ici ou à l'étranger. Planifier la sécurité d'abord.",
    ),
    citations: [secondarySource('ILO/EC operational indicators (2009), coercion: violence or threats to family')('indicator', 'secondary')],
  });

/**
 * A bar's trigger happened on a date nobody recorded (a refused claim without its date): the
 * remedy says so, on the bar's own dates and authority, as the plan holds it back.
 */
export function barDateUnknownRow(remedy: RemedyId, bar: BarId, effect: 'unknown' | 'note', reason: Localized): EligibilityRule {
  const rule = barRule(bar, remedy);
  return row({
    effective: rule.effective,
    id: `${remedy}.refugee-rejection-date-unknown`,
    effect,
    when: (ctx) => barDateUnknown(ctx, bar, remedy),
    reason,
    citations: [rule.citation],
  });
}
