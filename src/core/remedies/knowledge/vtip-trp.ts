// Temporary resident permit for victims of trafficking in persons (VTIP TRP): IRPA s. 24(1),
// issued under Ministerial Instructions (s. 24(3)). Research notes §1.
import { deadline, described, otherwise, risk, row, t, START_NOT_RESEARCHED } from '../build';
import {
  continuumAtLeast,
  hasStatus,
  isOutOfStatus,
  isRemovable,
  isTemporaryResident,
  legalTest,
  legalTestMet,
  barRuns,
  removalInMotion,
  claimPending,
} from '../facts';
import { barRule } from '../bars';
import type { RemedyKnowledge } from '../model';
import {
  CHECKED_WHILE_ENCODING,
  FEWO_TESTIMONY,
  ircc,
  IRCC_FEB_2025_NOTICE,
  IRCC_VICTIMS_PAGE,
  irpa,
  IRPA_S24_2019_URL,
  irpaXml,
  researchNotes,
  secondarySource,
  seedReport,
} from '../sources';
import {
  barDateUnknownRow,
  designatedForeignNationalTrpRows,
  inadmissibilityRisksFor,
  ministerWithdrawalTrpNote,
  notForCitizensOrPermanentResidents,
  PERMIT_HOLDER_CLASS,
  pendingPrraTrpRows,
  quebecPermitHolderNote,
  sexIndustryStatusRisk,
} from './common';

const victimsPage = ircc('"Protection and assistance for victims of human trafficking"', IRCC_VICTIMS_PAGE);
const feb2025 = ircc('notice "Better support for foreign nationals facing human trafficking and family violence" (4 Feb 2025)', IRCC_FEB_2025_NOTICE);
const mi = ircc(
  'Ministerial Instructions on TRPs for victims of human trafficking (2007)',
  'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/other-goals/mi-htv.html',
);
const trpPdi = secondarySource(
  'IRCC program delivery instructions on TRPs, as reproduced by immigration.ca (28 Aug 2017)',
  'https://immigration.ca/fr/temporary-resident-permits-trps-processing-eligibility-assessment',
);
const s24v2019 = irpa('s. 24(4) (version from 2019-06-21)', 'official-text', {
  url: IRPA_S24_2019_URL,
  lastReviewed: CHECKED_WHILE_ENCODING,
});

export const vtipTrp: RemedyKnowledge = {
  id: 'vtip-trp',
  scope: 'federal',
  name: t('Temporary resident permit for victims of trafficking (VTIP TRP)', 'Permis de séjour temporaire pour victimes de la traite (PST-VTP)'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: t('temporary resident permit for victims of trafficking', 'permis de séjour temporaire pour victimes de la traite'),
  description: t(
    'A fee-free temporary resident permit for foreign nationals in Canada who may be victims of trafficking: a period to recover, escape the traffickers and decide whether to help an investigation. Testifying is not required.',
    "Permis de séjour temporaire sans frais pour les étrangers au Canada qui pourraient être victimes de la traite : une période pour se rétablir, échapper aux trafiquants et décider d'aider ou non une enquête. Témoigner n'est pas exigé.",
  ),
  decisionMaker: t(
    'IRCC officer, sometimes after an interview (two-step decision since 2020)',
    "Agent d'IRCC, parfois après une entrevue (décision en deux étapes depuis 2020)",
  ),
  legalBasis: [
    described(t('IRPA s. 24(1) and (3); Ministerial Instructions (2007) and MI81', 'LIPR art. 24(1) et (3); instructions ministérielles (2007) et IM81'), {
      effective: START_NOT_RESEARCHED,
      citations: [
        irpa('s. 24(1), (3)', 'official-text', {
          lastReviewed: CHECKED_WHILE_ENCODING,
          url: IRPA_S24_2019_URL,
        }),
        mi('2007 MI', 'official-text'),
      ],
    }),
    PERMIT_HOLDER_CLASS,
  ],
  consentNeeded: 'contactImmigrationAuthorities',
  producesEvidenceFor: ['removal-deferral', 'hc', 'social-assistance'],
  urgencyRole: 'answers-imminent-removal',
  goals: ['stay-in-canada', 'regularize-temporarily', 'safety', 'keep-working'],
  immigrationApplication: true,
  /** Where the evidence links and goals above come from (practice reasoning from the research notes, unless a provision). */
  sequencingBasis: [
    irpa('s. 24(1), (3)', 'official-text'),
    researchNotes('§14.1 (TRP approval as exhibit); §14.7 (AB Income Support covers VTIP TRP holders)', 'secondary'),
    seedReport('TRPs more practical where removal is imminent', 'secondary'),
  ],
  yields: [
    {
      kind: 'status',
      text: t(
        'Temporary resident status; each permit lasts at most 3 years (IRPR s. 63(d)). After 5 years of continuous permits, permanent residence in the permit holder class (IRPR s. 65(b)(ii)); the 3-year route (s. 65(b)(i)) is only for people inadmissible on health grounds. In Quebec, the province must also find that the person meets its selection criteria (s. 65(d)).',
        'Statut de résident temporaire; chaque permis vaut au plus 3 ans (RIPR al. 63d)). Après 5 ans de permis continus, la résidence permanente dans la catégorie des titulaires de permis (RIPR sous-al. 65b)(ii)); la voie de 3 ans (sous-al. 65b)(i)) ne vise que l\u2019interdiction de territoire pour motifs sanitaires. Au Québec, la province doit aussi juger que la personne répond à ses critères de sélection (al. 65d)).',
      ),
    },
    { kind: 'health-coverage', text: t('Interim Federal Health Program coverage', 'Programme fédéral de santé intérimaire') },
    {
      kind: 'permits',
      text: t('Right to apply for a fee-exempt work permit and study permit', "Droit de demander un permis de travail et un permis d'études sans frais"),
    },
  ],
  timeline: described(
    t(
      'Initial permit: up to 180 days (2007 MI); at least 12 months since 4 Feb 2025, with exceptions. No published processing time.',
      "Permis initial : jusqu'à 180 jours (IM 2007); au moins 12 mois depuis le 4 février 2025, sauf exceptions. Aucun délai de traitement publié.",
    ),
    { effective: START_NOT_RESEARCHED, citations: [feb2025('initial TRP at least 12 months', 'official-text'), mi('up to 180 days', 'official-text')] },
  ),
  fees: described(
    t(
      'No fee for the initial permit; since 4 Feb 2025 no fee for subsequent permits, work and study permits or biometrics.',
      'Aucuns frais pour le permis initial; depuis le 4 février 2025, aucuns frais pour les permis suivants, les permis de travail et d\u2019études ni la biométrie.',
    ),
    { effective: START_NOT_RESEARCHED, citations: [feb2025('fee waivers', 'official-text')] },
  ),
  evidence: [
    t(
      'Referral letter from police or an NGO (victims can also self-identify)',
      "Lettre de recommandation de la police ou d'un organisme (l'autodéclaration est possible)",
    ),
    t(
      'The person\u2019s account of recruitment, coercion, conditions and restrictions on freedom',
      'Le récit de la personne : recrutement, contrainte, conditions, restrictions de liberté',
    ),
    t(
      'Documents that corroborate exploitation (pay records, messages, decisions of labour or human rights bodies)',
      "Documents corroborant l'exploitation (paie, messages, décisions en normes du travail ou droits de la personne)",
    ),
  ],
  barsSubjectTo: ['refugee-rejected-12-months-trp', 'prra-pending-after-ineligible-claim-trp', 'designated-foreign-national-5-years-trp'],
  barsCreated: [],
  eligibility: [
    notForCitizensOrPermanentResidents('vtip-trp'),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'vtip-trp.protected-person',
      effect: 'not-applicable',
      when: (ctx) => hasStatus(ctx, 'protected-person'),
      reason: t('A protected person does not need a TRP.', "Une personne protégée n'a pas besoin d'un PST."),
      citations: [irpa('s. 95(2)', 'unverified')],
    }),
    ...pendingPrraTrpRows('vtip-trp'),
    ...designatedForeignNationalTrpRows('vtip-trp'),
    row({
      effective: barRule('refugee-rejected-12-months-trp', 'vtip-trp').effective,
      id: 'vtip-trp.refugee-rejection-bar',
      effect: 'possible',
      when: (ctx) => barRuns(ctx, 'refugee-rejected-12-months-trp', 'vtip-trp'),
      reason: t(
        'A person whose refugee claim was rejected, or determined to be withdrawn or abandoned, may not request a TRP for 12 months after the final decision (s. 24(4)), but the instructions let an officer consider a TRP for a trafficking victim on the officer\u2019s own initiative.',
        "Une personne dont la demande d'asile a été rejetée, ou a fait l'objet d'un désistement ou d'un retrait, ne peut demander un PST pendant 12 mois après la décision finale (art. 24(4)), mais les instructions permettent à l'agent d'envisager d'office un PST pour une victime de la traite.",
      ),
      citations: [
        s24v2019,
        trpPdi('the one-year bar does not stop an officer, on their own initiative, considering a TRP for a victim of trafficking', 'secondary'),
      ],
    }),
    barDateUnknownRow(
      'vtip-trp',
      'refugee-rejected-12-months-trp',
      'note',
      t(
        'A refugee claim was refused or withdrawn on a date not recorded: check whether the 12-month TRP bar (s. 24(4)) still runs. Record the date.',
        'Une demande d\u2019asile a été rejetée ou retirée à une date non consignée : vérifier si l\u2019interdiction de 12 mois (art. 24(4)) court encore. Consignez la date.',
      ),
    ),
    ministerWithdrawalTrpNote('vtip-trp'),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'vtip-trp.trafficking-test-met',
      effect: 'likely',
      when: (ctx) =>
        isRemovable(ctx) && (legalTestMet(ctx, 'palermo-art3') || legalTestMet(ctx, 'criminal-code-279') || continuumAtLeast(ctx, 'trafficking-indicators')),
      reason: t(
        'The screening found trafficking indicators (the IRCC guidance uses the Palermo definition).',
        'Le dépistage a relevé des indicateurs de traite (les lignes directrices d\u2019IRCC reprennent la définition de Palerme).',
      ),
      citations: [mi('criteria: fraudulent or coerced recruitment, coerced work, exploitative conditions, restricted freedom', 'official-text')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'vtip-trp.exploitation-short-of-trafficking',
      effect: 'possible',
      // Not on "Palermo: insufficient information" alone: with no indicators there are no signs to speak of (legal review, Dec. 2026).
      when: (ctx) =>
        continuumAtLeast(ctx, 'exploitation') || (legalTest(ctx, 'palermo-art3') === 'insufficient-information' && ctx.screening.continuum !== 'no-indicators'),
      reason: t(
        'There are signs of exploitation or forced labour; whether they meet the trafficking criteria needs more facts.',
        "Il y a des signes d'exploitation ou de travail forcé; il faut plus de faits pour savoir s'ils répondent aux critères de la traite.",
      ),
      citations: [mi('preliminary assessment criteria', 'official-text')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'vtip-trp.trafficking-facts-needed',
      effect: 'unknown',
      when: (ctx) => legalTest(ctx, 'palermo-art3') === 'insufficient-information',
      reason: t(
        'The screening has not yet established any element of forced labour or trafficking (an answer on its own may not be enough), and has too few facts to assess the trafficking criteria: ask about recruitment, control and the work before deciding.',
        'Le dépistage n\u2019a encore établi aucun élément du travail forcé ou de la traite (une réponse seule peut ne pas suffire), et dispose de trop peu de faits pour évaluer les critères de la traite : interroger sur le recrutement, le contrôle et le travail avant de décider.',
      ),
      citations: [mi('preliminary assessment criteria', 'official-text')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'vtip-trp.no-trafficking-indicators',
      effect: 'unlikely',
      when: (ctx) => ctx.screening.legalTests.length > 0 || ctx.screening.continuum !== 'no-indicators',
      reason: t('The screening did not find trafficking indicators.', "Le dépistage n'a pas relevé d'indicateurs de traite."),
      citations: [mi('criteria', 'official-text')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'vtip-trp.in-status-note',
      effect: 'note',
      when: (ctx) => isTemporaryResident(ctx) && !hasStatus(ctx, 'temporary-resident-permit'),
      reason: t(
        'The person still has temporary status; the VTIP TRP mainly regularizes people without status. An open work permit for vulnerable workers may fit better while the permit is valid.',
        'La personne a encore un statut temporaire; le PST-VTP sert surtout à régulariser les personnes sans statut. Un permis de travail ouvert pour travailleurs vulnérables peut mieux convenir tant que le permis est valide.',
      ),
      citations: [victimsPage('who can apply', 'official-text')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'vtip-trp.claim-pending-note',
      effect: 'note',
      when: claimPending,
      reason: t(
        'A refugee claim is pending; counsel should weigh whether a TRP adds anything meanwhile. (No provision bars a TRP request while a claim is before the Board; s. 24(3.1) bars it only after a claim found ineligible, while a PRRA is pending.)',
        "Une demande d'asile est en cours; l'avocat doit évaluer l'utilité d'un PST entre-temps. (Aucune disposition n'interdit de demander un PST pendant que la demande est devant la Commission; le par. 24(3.1) ne l'interdit qu'après un constat d'irrecevabilité, pendant un ERAR en cours.)",
      ),
      citations: [irpaXml('s. 24(1), (3.1)')],
    }),
    quebecPermitHolderNote('vtip-trp'),
    otherwise(
      'vtip-trp.screening-needed',
      'unknown',
      t('Not enough screening results to assess trafficking indicators.', 'Résultats de dépistage insuffisants pour évaluer les indicateurs de traite.'),
      [mi('criteria', 'official-text')],
      START_NOT_RESEARCHED,
    ),
  ],
  risks: [
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'vtip-trp.no-stay',
      risk: 'no-stay-of-removal',
      level: (ctx) => (removalInMotion(ctx) ? 'high' : 'medium'),
      basis: 'law',
      when: isOutOfStatus,
      why: t(
        'Applying does not stop removal; a removal already scheduled goes ahead unless deferred or stayed.',
        'La demande ne suspend pas le renvoi; un renvoi déjà prévu a lieu sauf report ou sursis.',
      ),
      citations: [seedReport('§3.2: no stay of removal while waiting for a TRP or an H&C', 'secondary')],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'vtip-trp.application-reveals-person',
      risk: 'cbsa-exposure',
      level: 'medium',
      basis: 'practice',
      when: isOutOfStatus,
      why: t(
        'The application tells IRCC where an out-of-status person is; if refused, enforcement may follow. Practitioners describe VTIP TRPs as hard to get.',
        "La demande indique à IRCC où se trouve une personne sans statut; en cas de refus, des mesures d'exécution peuvent suivre. Les praticiens décrivent le PST-VTP comme difficile à obtenir.",
      ),
      citations: [
        seedReport('§3.2, N. Drolet: "VTIP TRPs are almost impossible to get"', 'secondary'),
        secondarySource(
          'CCR, "Temporary Resident Permits: Limits to Protection for Trafficked Persons"',
          'http://ccrweb.ca/en/trafficking/temporary-resident-permit-report',
        )('victims still detained and deported', 'secondary'),
      ],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'vtip-trp.renewal-after-prosecution',
      risk: 'status-jeopardy',
      level: 'medium',
      basis: 'practice',
      when: (ctx) => isRemovable(ctx),
      why: t(
        'In practice: subsequent TRPs have been refused once the criminal case ended ("not needed in Canada anymore"), although cooperation with police is not required.',
        "En pratique : des PST subséquents ont été refusés une fois le procès criminel terminé, même si la collaboration avec la police n'est pas exigée.",
      ),
      citations: [FEWO_TESTIMONY('subsequent TRPs refused because the criminal case had ended', 'secondary')],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'vtip-trp.interview',
      risk: 'retraumatization',
      level: 'low',
      basis: 'law',
      when: () => true,
      why: t('An officer may interview the person about the exploitation.', "Un agent peut interroger la personne sur l'exploitation."),
      citations: [victimsPage('interview', 'official-text')],
    }),
    sexIndustryStatusRisk('vtip-trp', 'medium'),
    ...inadmissibilityRisksFor('vtip-trp'),
  ],
  practiceNotes: [
    {
      id: 'vtip-trp.renewals-refused',
      text: t(
        'Renewals have been refused when a prosecution ended, and the permit-holder PR route needs unbroken permits: apply for each new TRP before the current one expires.',
        'Des renouvellements ont été refusés à la fin des poursuites, et la voie de RP exige des permis ininterrompus : demander chaque nouveau PST avant l\u2019expiration du précédent.',
      ),
      citations: [FEWO_TESTIMONY('testimony', 'secondary')],
      lastReviewed: '2026-04-08',
      verification: 'secondary',
    },
    {
      id: 'vtip-trp.removal-imminent',
      text: t(
        'Practitioners find a TRP more practical than an H&C when removal is imminent.',
        'Les praticiens jugent le PST plus pratique que la demande CH lorsque le renvoi est imminent.',
      ),
      citations: [seedReport('§3.2', 'secondary')],
      lastReviewed: '2026-04-08',
      verification: 'secondary',
    },
  ],
  deadlines: [
    {
      id: 'vtip-trp.renew-before-expiry',
      onTheEventDate: true,
      compute: (ctx) =>
        hasStatus(ctx, 'temporary-resident-permit') && ctx.facts.person.permitExpiry
          ? deadline({
              id: 'vtip-trp.renew-before-expiry',
              kind: 'renewal',
              event: 'permitExpiry',
              triggerDate: ctx.facts.person.permitExpiry,
              date: ctx.facts.person.permitExpiry as never,
              basis: t(
                'Apply for the next TRP before this one expires: a gap breaks the continuous residence the permit holder class needs.',
                'Demander le prochain PST avant l\u2019expiration : une interruption rompt la résidence continue exigée.',
              ),
              citation: ircc(
                'PDI "TRPs: applying for permanent residence"',
                'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/permanent-residence/non-economic-classes/permits.html',
              )('IRPR s. 65: continuity breaks if no new TRP is applied for before expiry', 'official-text'),
            })
          : undefined,
    },
  ],
};
