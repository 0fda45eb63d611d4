// Reporting to police: trafficking (Criminal Code ss. 279.01–279.04), assault and other offences. Research notes §13; screening research §5.
import { described, NOT_RESEARCHED, otherwise, risk, row, t, START_NOT_RESEARCHED } from '../build';
import { VIOLENCE_FACTS, anyAnswered, criminalCharges, hasStatus, isTemporaryResident, legalTestMet, sexIndustryWork, statusPrecarious } from '../facts';
import type { RemedyKnowledge } from '../model';
import { FEWO_TESTIMONY, criminalCode, irpa, readInXml, researchNotes, secondarySource, seedReport } from '../sources';
import { familyReprisalRisk, sexIndustryStatusRisk } from './common';

const vice = secondarySource(
  'VICE Canada, "How Canada\u2019s immigration laws are making migrant sex workers\u2019 jobs more dangerous" (c. 2017)',
  'https://www.vice.com/en/article/kwkz4z/how-canadas-immigration-laws-are-making-migrant-sex-workers-jobs-more-dangerous',
);
const hotline = secondarySource('Canadian Human Trafficking Hotline, "Who are we"', 'https://canadianhumantraffickinghotline.ca/who-are-we');

export const criminalComplaint: RemedyKnowledge = {
  id: 'criminal-complaint',
  scope: 'federal',
  name: t('Report to police (criminal complaint)', 'Plainte à la police'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: t('police complaint', 'plainte à la police'),
  description: t(
    'Reporting trafficking, assault, withholding of documents or other offences to police. The 24/7 national hotline (1-833-900-1010) does not report to police without consent unless legally required.',
    'Signaler la traite, des voies de fait, la rétention de documents ou d\u2019autres infractions à la police. La ligne nationale (1-833-900-1010) ne signale rien à la police sans consentement, sauf obligation légale.',
  ),
  decisionMaker: t('Police investigate; Crown prosecutors decide on charges', 'La police enquête; la Couronne décide des accusations'),
  legalBasis: [
    described(t('Criminal Code ss. 279.01–279.04 (trafficking, in force 25 Nov 2005); IRPA s. 118', 'Code criminel art. 279.01–279.04; LIPR art. 118'), {
      effective: START_NOT_RESEARCHED,
      citations: [readInXml(criminalCode, 'ss. 279.01, 279.04'), irpa('s. 118', 'official-text')],
    }),
  ],
  consentNeeded: 'contactPolice',
  producesEvidenceFor: ['victim-compensation', 'vtip-trp', 'hc'],
  urgencyRole: 'none',
  goals: ['accountability', 'safety'],
  immigrationApplication: false,
  /** Where the evidence links and goals above come from (practice reasoning from the research notes, unless a provision). */
  sequencingBasis: [
    researchNotes('§14.6: police report gates victim funding', 'secondary'),
    seedReport('RCMP credibility used to support the TRP', 'secondary'),
  ],
  yields: [
    {
      kind: 'protection',
      text: t('Investigation, possible charges, conditions on the accused', 'Enquête, accusations possibles, conditions imposées à l\u2019accusé'),
    },
    {
      kind: 'documents',
      text: t(
        'Police report: needed for victim compensation in AB and ON (in ON a victim of trafficking may report to a community agency instead; advised in BC); supports a TRP referral',
        'Rapport de police : nécessaire pour l\u2019indemnisation en Alb. et en Ont. (en Ont., une victime de la traite peut plutôt s\u2019adresser à un organisme communautaire; conseillé en C.-B.); appuie une recommandation de PST',
      ),
    },
  ],
  timeline: described(
    t(
      'Investigations and trials take months to years; only 12% of adult trafficking cases in 2011–2021 ended in a guilty decision.',
      'Enquêtes et procès durent des mois ou des années; seulement 12 % des causes de traite (adultes, 2011–2021) ont mené à un verdict de culpabilité.',
    ),
    { effective: START_NOT_RESEARCHED, citations: [secondarySource('House of Commons debate on Bill S-224 (Statistics Canada data)')('12%', 'secondary')] },
  ),
  fees: described(t('No fee.', 'Aucuns frais.'), { effective: START_NOT_RESEARCHED, citations: [criminalCode('—', 'unverified')] }),
  evidence: [t('The person\u2019s statement; messages, photos, documents; witnesses', 'Déclaration de la personne; messages, photos, documents; témoins')],
  barsSubjectTo: [],
  barsCreated: [],
  eligibility: [
    row({
      effective: START_NOT_RESEARCHED,
      id: 'criminal-complaint.trafficking-offence',
      effect: 'likely',
      when: (ctx) => legalTestMet(ctx, 'criminal-code-279') || legalTestMet(ctx, 'irpa-118') || legalTestMet(ctx, 'forced-marriage-293'),
      reason: t(
        'The screening found the elements of a Criminal Code or IRPA trafficking (or forced-marriage) offence.',
        'Le dépistage a relevé les éléments d\u2019une infraction de traite (ou de mariage forcé).',
      ),
      citations: [criminalCode('ss. 279.01, 279.04, 293.1', 'official-text')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'criminal-complaint.violence',
      effect: 'possible',
      when: (ctx) => anyAnswered(ctx, [...VIOLENCE_FACTS, 'documents-confiscated']),
      reason: t(
        'Violence, threats or confiscated documents are recorded: possible offences (assault, uttering threats, s. 279.03).',
        'Violence, menaces ou documents confisqués : infractions possibles (voies de fait, menaces, art. 279.03).',
      ),
      citations: [criminalCode('s. 279.03', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'criminal-complaint.fear-test-note',
      effect: 'note',
      when: (ctx) => legalTestMet(ctx, 'palermo-art3') && !legalTestMet(ctx, 'criminal-code-279'),
      reason: t(
        'The facts meet the international definition but not the narrower Criminal Code fear-for-safety test.',
        'Les faits répondent à la définition internationale mais pas au critère plus étroit de crainte pour la sécurité du Code criminel.',
      ),
      citations: [readInXml(criminalCode, 's. 279.04(1)')],
    }),
    otherwise(
      'criminal-complaint.no-offence-identified',
      'unlikely',
      t('No offence is apparent from the facts recorded.', 'Aucune infraction n\u2019apparaît dans les faits consignés.'),
      [criminalCode('Part VIII', 'unverified')],
      START_NOT_RESEARCHED,
    ),
  ],
  risks: [
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'criminal-complaint.police-contact',
      risk: 'cbsa-exposure',
      level: 'high',
      basis: 'practice',
      when: statusPrecarious,
      why: t(
        'Police contact can expose an out-of-status person to immigration enforcement; trafficking victims have been detained by CBSA first.',
        'Le contact avec la police peut exposer une personne sans statut; des victimes de la traite ont d\u2019abord été détenues par l\u2019ASFC.',
      ),
      citations: [researchNotes('§0 (29 victims detained in Alberta)', 'secondary'), vice('raids, arrests and deportations', 'secondary')],
    }),
    // Before 6 Dec 2014 the former regime applied; it was not read, so this version only says so (unverified).
    risk({
      effective: { from: NOT_RESEARCHED, until: '2014-12-05' },
      id: 'criminal-complaint.sex-work-criminalization',
      risk: 'criminal-exposure',
      level: 'high',
      basis: 'law',
      when: sexIndustryWork,
      why: t(
        'Before 6 December 2014 sex work fell under the former Criminal Code offences (bawdy-house, procuring, living on the avails, communicating), which Harbour does not encode: get criminal counsel before any statement to police. A conviction can mean serious criminality under IRPA s. 36 and loss of appeal rights (s. 64).',
        'Avant le 6 décembre 2014, le travail du sexe relevait des anciennes infractions du Code criminel (maison de débauche, proxénétisme, vivre des produits de la prostitution, communication), que Harbour n\u2019encode pas : consulter un criminaliste avant toute déclaration à la police. Une condamnation peut constituer une grande criminalité (LIPR art. 36) et supprimer l\u2019appel (art. 64).',
      ),
      citations: [criminalCode('former ss. 210–213 (before S.C. 2014, c. 25)', 'unverified'), irpa('ss. 36(1), 64', 'official-text')],
    }),
    // Criminal Code ss. 286.1–286.5 (2014, c. 25, s. 20), in force 6 Dec 2014 per the consolidation. s. 286.5(1): "No person
    // shall be prosecuted for (a) an offence under section 286.2 if the benefit is derived from the provision of their own
    // sexual services; or (b) an offence under section 286.4 in relation to the advertisement of their own sexual services."
    // s. 286.5(2): nor for "aiding, abetting, conspiring or attempting to commit an offence under any of sections 286.1 to
    // 286.4 ... if the offence relates to the offering or provision of their own sexual services".
    risk({
      effective: { from: '2014-12-06' },
      id: 'criminal-complaint.sex-work-criminalization',
      risk: 'criminal-exposure',
      level: 'high',
      basis: 'law',
      when: sexIndustryWork,
      why: t(
        'The person cannot be prosecuted for the money from, or the advertising of, their own sexual services, nor for aiding, abetting or counselling an offence that relates to their own services (Criminal Code s. 286.5). Purchasers (s. 286.1) and third parties remain exposed: helping co-workers, sharing in their earnings or advertising their services can be charged as material benefit, procuring or advertising (ss. 286.2–286.4); a conviction can mean serious criminality under IRPA s. 36 and loss of appeal rights (s. 64).',
        'La personne ne peut être poursuivie pour l\u2019argent tiré de ses propres services sexuels ni pour leur publicité, ni pour avoir aidé, encouragé ou conseillé une infraction liée à ses propres services (Code criminel art. 286.5). Les acheteurs (art. 286.1) et les tiers restent exposés : aider des collègues, partager leurs gains ou annoncer leurs services peut être poursuivi comme avantage matériel, proxénétisme ou publicité (art. 286.2–286.4); une condamnation peut constituer une grande criminalité (LIPR art. 36) et supprimer l\u2019appel (art. 64).',
      ),
      citations: [
        readInXml(criminalCode, 's. 286.5(1), (2) (immunity for one\u2019s own sexual services); ss. 286.1–286.4'),
        irpa('ss. 36(1), 64', 'official-text'),
        seedReport('§3.1, V. Wong', 'secondary'),
      ],
    }),
    sexIndustryStatusRisk('criminal-complaint'),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'criminal-complaint.own-charges',
      risk: 'criminal-exposure',
      level: 'high',
      basis: 'law',
      when: criminalCharges,
      why: t(
        'The person faces charges; statements to police can be used against them. Get criminal counsel first.',
        'La personne fait face à des accusations; ses déclarations peuvent être utilisées contre elle. Consulter d\u2019abord un criminaliste.',
      ),
      citations: [irpa('s. 36', 'official-text')],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'criminal-complaint.trp-after-prosecution',
      risk: 'status-jeopardy',
      level: 'medium',
      basis: 'practice',
      when: (ctx) => hasStatus(ctx, 'temporary-resident-permit') || (isTemporaryResident(ctx) && legalTestMet(ctx, 'criminal-code-279')),
      why: t(
        'In practice: TRP renewals have been refused once the prosecution ended.',
        'En pratique : des renouvellements de PST ont été refusés à la fin des poursuites.',
      ),
      citations: [FEWO_TESTIMONY('testimony', 'secondary')],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'criminal-complaint.testimony',
      risk: 'retraumatization',
      level: 'high',
      basis: 'law',
      when: () => true,
      why: t('Statements, interviews and cross-examination at trial.', 'Déclarations, entrevues et contre-interrogatoire au procès.'),
      citations: [criminalCode('—', 'unverified')],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'criminal-complaint.slow',
      risk: 'long-wait',
      level: 'medium',
      basis: 'practice',
      when: () => true,
      why: t('Cases take years and few end in conviction.', 'Les causes durent des années et peu aboutissent à une condamnation.'),
      citations: [secondarySource('House of Commons debate on Bill S-224')('12%', 'secondary')],
    }),
    familyReprisalRisk('criminal-complaint'),
  ],
  practiceNotes: [
    {
      id: 'criminal-complaint.hotline',
      text: t(
        'The national hotline (1-833-900-1010) is not part of police or government and reports to police only with consent unless legally required.',
        'La ligne nationale (1-833-900-1010) ne fait pas partie de la police ni du gouvernement et ne signale à la police qu\u2019avec consentement, sauf obligation légale.',
      ),
      citations: [hotline('no police report without consent', 'secondary')],
      lastReviewed: '2026-04-08',
      verification: 'secondary',
    },
  ],
  deadlines: [],
};
