// Rows and risk rules that several remedies share, written once so they cannot drift apart.
import type { Eligibility, RemedyId, RiskLevel } from '../../contract';
import { barRule } from '../bars';
import { described, param, risk, row, t, START_NOT_RESEARCHED } from '../build';
import {
  employerInvolved,
  exploitedBy,
  isCitizenOrPermanentResident,
  isRemovable,
  isTemporaryResident,
  answered,
  barDateUnknown,
  barEnds,
  barRuns,
  barRunsUntil,
  barUncertain,
  priorClaim,
  sexIndustryWork,
  statusPrecarious,
  stillEmployed,
} from '../facts';
import type { BarId, EligibilityRule, Localized, RiskRule } from '../model';
import { billC12NotInForce, irpa, irpaXml, irpr, irprXml, researchNotes, secondarySource, seedReport } from '../sources';

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

// ---- Legal review of December 2026: bars and inadmissibility shared by the immigration remedies ----

const S40 = irpaXml(
  's. 40(1)(a) "inadmissible for misrepresentation ... for directly or indirectly misrepresenting or withholding material facts relating to a relevant matter that induces or could induce an error in the administration of this Act"; s. 40(2)(a) five years; s. 40(3) "may not apply for permanent resident status during the period"',
);
const S37 = irpaXml(
  's. 37(1)(b) "inadmissible on grounds of organized criminality for ... engaging, in the context of transnational crime, in activities such as people smuggling, trafficking in persons"',
);
const S117 = irpaXml('s. 117(1) "No person shall organize, induce, aid or abet the coming into Canada of one or more persons" in contravention of the Act');

/**
 * Entering on documents or statements the traffickers supplied (misrepresentation, s. 40) and
 * being made to recruit, transport or control others (s. 37(1)(b), s. 117) can make the person
 * inadmissible once an officer examines the file: two rules of the `inadmissibility` risk, each
 * naming its ground; `extra` says what the ground does to this remedy in particular.
 */
function inadmissibilityRisks(
  remedy: RemedyId,
  misrepresentation: { level: RiskLevel; extra: Localized },
  criminality: { level: RiskLevel; extra: Localized; citations?: RiskRule['citations'] },
): RiskRule[] {
  return [
    risk({
      effective: START_NOT_RESEARCHED,
      id: `${remedy}.misrepresentation`,
      risk: 'inadmissibility',
      level: misrepresentation.level,
      basis: 'law',
      when: (ctx) => answered(ctx, 'entered-on-false-documents'),
      why: t(
        `The person entered or applied with false documents or statements the recruiters supplied: an officer examining this file may find misrepresentation (IRPA s. 40(1)(a)), which lasts five years and bars any application for permanent residence meanwhile (s. 40(3)). ${misrepresentation.extra.en}`,
        `La personne est entrée ou a présenté une demande avec des documents ou déclarations faux fournis par les recruteurs : l\u2019agent qui examine ce dossier peut conclure à une fausse déclaration (LIPR al. 40(1)a)), qui dure cinq ans et interdit toute demande de résidence permanente entre-temps (par. 40(3)). ${misrepresentation.extra.fr}`,
      ),
      citations: [S40],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: `${remedy}.organized-criminality`,
      risk: 'inadmissibility',
      level: criminality.level,
      basis: 'law',
      when: (ctx) => answered(ctx, 'coerced-into-facilitating'),
      why: t(
        `The person was made to recruit, transport or control others: an officer may read this as organized criminality (IRPA s. 37(1)(b), "people smuggling, trafficking in persons") or smuggling (s. 117), even though it was coerced. Assess this, and the coercion, before filing. ${criminality.extra.en}`,
        `La personne a été contrainte de recruter, transporter ou surveiller d\u2019autres personnes : un agent peut y voir de la criminalité organisée (LIPR al. 37(1)b), « le passage de clandestins, le trafic de personnes ») ou l\u2019organisation d\u2019entrée illégale (art. 117), même sous la contrainte. Évaluer ce point, et la contrainte, avant de déposer. ${criminality.extra.fr}`,
      ),
      citations: [S37, S117, ...(criminality.citations ?? [])],
    }),
  ];
}

/**
 * A bar from the register on this remedy, in three rows: it runs until a known day ({opens}),
 * it runs while its trigger lasts or from a day not recorded, or a fact it turns on is unknown.
 */
export function registerBarRows(
  remedy: RemedyId,
  bar: BarId,
  rows: {
    effect: Eligibility;
    /** id suffix, e.g. 'designated-foreign-national-bar' */
    id: string;
    /** With {opens}: the bar runs until a known day. */
    until?: Localized;
    /** The bar runs, its end not known from the facts. */
    runs: Localized;
    /** A fact the bar turns on is unknown: what counsel needs to find out. */
    uncertain: { effect: Eligibility | 'note'; reason: Localized };
    citations: EligibilityRule['citations'];
  },
): EligibilityRule[] {
  const rule = barRule(bar, remedy);
  const { effect, id, until, runs, uncertain, citations } = rows;
  return [
    ...(until
      ? [
          row({
            effective: rule.effective,
            id: `${remedy}.${id}`,
            effect,
            when: (ctx) => barRunsUntil(ctx, bar, remedy),
            reason: until,
            details: (ctx) => barEnds(ctx, bar, remedy),
            citations,
          }),
        ]
      : []),
    row({
      effective: rule.effective,
      id: until ? `${remedy}.${id}-end-unknown` : `${remedy}.${id}`,
      effect,
      when: (ctx) => (until ? barRuns(ctx, bar, remedy) && !barRunsUntil(ctx, bar, remedy) : barRuns(ctx, bar, remedy)) || barDateUnknown(ctx, bar, remedy),
      reason: runs,
      citations,
    }),
    row({
      effective: rule.effective,
      id: `${remedy}.${id}-facts-needed`,
      effect: uncertain.effect,
      when: (ctx) => barUncertain(ctx, bar, remedy),
      reason: uncertain.reason,
      citations,
    }),
  ];
}

/** S.C. 2026, c. 4 received royal assent on 2026-03-26 (the enacted-date the official XML gives its provisions). */
export const BILL_C12_ENACTED = '2026-03-26';
/** The banner a not-yet-in-force provision carries: nobody knows the day it comes into force. */
export const notYetInForce = (section: string) =>
  t(
    `S.C. 2026, c. 4, ${section} is enacted but not yet in force (the consolidation lists it among the amendments not in force; it comes into force by order): verify the in-force date before relying on it.`,
    `L.C. 2026, ch. 4, ${section.replace('s.', 'art.')} est adopté mais pas encore en vigueur (la codification le range parmi les modifications non en vigueur; il entre en vigueur par décret) : vérifier la date d\u2019entrée en vigueur avant de s\u2019y fier.`,
  );

const S24_3_1 = irpaXml(
  's. 24(3.1) "A foreign national whose claim for refugee protection has been determined to be ineligible to be referred to the Refugee Protection Division may not request a temporary resident permit if they have made an application for protection to the Minister that is pending."',
);
const S24_5 = irpaXml(
  's. 24(5) "A designated foreign national may not request a temporary resident permit (a) if they have made a claim for refugee protection but have not made an application for protection, until five years after the day on which a final determination in respect of the claim is made; (b) if they have made an application for protection, until five years after the day on which a final determination in respect of the application is made; or (c) in any other case, until five years after the day on which the foreign national becomes a designated foreign national."',
);

/** s. 24(3.1): no TRP request after a claim found ineligible, while a PRRA is pending. */
export const pendingPrraTrpRows = (remedy: 'vtip-trp' | 'fv-trp') =>
  registerBarRows(remedy, 'prra-pending-after-ineligible-claim-trp', {
    effect: 'unlikely',
    id: 'pending-prra-bar',
    runs: t(
      'The refugee claim was found ineligible and a PRRA is pending: the person may not request a TRP until the PRRA is decided (s. 24(3.1)). A request now would be futile and would tell IRCC where the person is.',
      'La demande d\u2019asile a été jugée irrecevable et un ERAR est en cours : la personne ne peut demander de PST avant la décision sur l\u2019ERAR (par. 24(3.1)). Une demande maintenant serait vaine et indiquerait à IRCC où se trouve la personne.',
    ),
    uncertain: {
      effect: 'note',
      reason: t(
        'The refugee claim was found ineligible: if a PRRA is pending, no TRP may be requested until it is decided (s. 24(3.1)). Record the state of the PRRA.',
        'La demande d\u2019asile a été jugée irrecevable : si un ERAR est en cours, aucun PST ne peut être demandé avant la décision (par. 24(3.1)). Consignez l\u2019état de l\u2019ERAR.',
      ),
    },
    citations: [S24_3_1],
  });

/** s. 24(5): a designated foreign national may not request a TRP for five years. */
export const designatedForeignNationalTrpRows = (remedy: 'vtip-trp' | 'fv-trp') =>
  registerBarRows(remedy, 'designated-foreign-national-5-years-trp', {
    effect: 'unlikely',
    id: 'designated-foreign-national-bar',
    until: t(
      'A designated foreign national may not request a TRP until {opens}: five years after the final determination of their refugee claim or PRRA (s. 24(5); counted from the recorded decision date).',
      'L\u2019étranger désigné ne peut demander de PST avant le {opens} : cinq ans après la décision définitive sur sa demande d\u2019asile ou son ERAR (par. 24(5); compté depuis la date de décision consignée).',
    ),
    runs: t(
      'A designated foreign national may not request a TRP until five years after the final determination of their refugee claim or PRRA, or, with neither, five years after designation (s. 24(5)); the recorded facts do not give that day yet.',
      'L\u2019étranger désigné ne peut demander de PST que cinq ans après la décision définitive sur sa demande d\u2019asile ou son ERAR, ou, à défaut, cinq ans après la désignation (par. 24(5)); les faits consignés ne donnent pas encore ce jour.',
    ),
    uncertain: {
      effect: 'note',
      reason: t(
        'Whether the person is a designated foreign national is not known: if so, no TRP request for five years (s. 24(5)). Check the designation.',
        'On ignore si la personne est un étranger désigné : le cas échéant, aucune demande de PST pendant cinq ans (par. 24(5)). Vérifier la désignation.',
      ),
    },
    citations: [S24_5],
  });

/** S.C. 2026, c. 4, s. 34 (not in force): a 12-month TRP bar after a claim the Minister determines withdrawn. */
export const ministerWithdrawalTrpNote = (remedy: 'vtip-trp' | 'fv-trp') =>
  row({
    effective: { from: BILL_C12_ENACTED },
    verify: notYetInForce('s. 34'),
    id: `${remedy}.minister-withdrawal-not-in-force`,
    effect: 'note',
    when: (ctx) => priorClaim(ctx)?.outcome === 'withdrawn',
    reason: t(
      'Enacted, not yet in force: S.C. 2026, c. 4, s. 34 adds to s. 24(4) a 12-month TRP bar after a claim the Minister determines to be withdrawn. If the Minister, not the Refugee Protection Division, closed this claim, check whether s. 34 is in force.',
      'Adopté, pas encore en vigueur : L.C. 2026, ch. 4, art. 34 ajoute au par. 24(4) une interdiction de PST de 12 mois après le prononcé du retrait de la demande d\u2019asile par le ministre. Si c\u2019est le ministre, et non la Section de la protection des réfugiés, qui a clos la demande, vérifier si l\u2019art. 34 est en vigueur.',
    ),
    citations: [
      billC12NotInForce(
        's. 34, adding s. 24(4)(a.1) "the day on which their claim was determined by the Minister to be withdrawn, in the case where no application was made to the Federal Court for leave to commence an application for judicial review" and (a.2)',
      ),
    ],
  });

/** The permit holder class (IRPR ss. 63–65) as read in the official XML. */
export const PERMIT_HOLDER_CLASS = described(
  t(
    'IRPR ss. 63–65: a TRP lasts at most 3 years; permanent residence after 5 years of continuous permits (3 only for health inadmissibility); Quebec selection in Quebec',
    'RIPR art. 63–65 : un PST vaut au plus 3 ans; résidence permanente après 5 ans de permis continus (3 seulement pour l\u2019interdiction sanitaire); sélection du Québec au Québec',
  ),
  {
    effective: START_NOT_RESEARCHED,
    citations: [
      irprXml('s. 63(d) "a period of three years elapses from its date of validity"'),
      irprXml(
        's. 65(b) "(i) at least three years, if they (A) are inadmissible on health grounds under subsection 38(1) of the Act ... (ii) at least five years, if they are inadmissible on any other grounds under the Act, except sections 34 to 35.1 and subsections 36(1) and 37(1)"',
      ),
      irprXml(
        's. 65(d) "in the case of a foreign national who intends to reside in the Province of Quebec ... the competent authority of that Province is of the opinion that the foreign national meets the selection criteria of the Province"',
      ),
    ],
  },
);

/** IRPR s. 65(d): in Quebec the permit holder route needs Quebec's selection. */
export const quebecPermitHolderNote = (remedy: 'vtip-trp' | 'fv-trp') =>
  row({
    effective: START_NOT_RESEARCHED,
    id: `${remedy}.quebec-selection`,
    effect: 'note',
    when: (ctx) => ctx.province === 'QC' && isRemovable(ctx),
    reason: t(
      'In Quebec, permanent residence as a permit holder also needs the province\u2019s opinion that the person meets Quebec\u2019s selection criteria (IRPR s. 65(d)).',
      'Au Québec, la résidence permanente à titre de titulaire de permis exige aussi l\u2019avis de la province que la personne répond à ses critères de sélection (RIPR al. 65d)).',
    ),
    citations: [
      irprXml(
        's. 65(d) "in the case of a foreign national who intends to reside in the Province of Quebec ... the competent authority of that Province is of the opinion that the foreign national meets the selection criteria of the Province"',
      ),
    ],
  });

type InadmissibilityRemedy = 'vtip-trp' | 'fv-trp' | 'hc' | 'prra' | 'owp-v' | 'spousal-sponsorship' | 'refugee-claim';
const PERMIT_HOLDER_S37 = irprXml('s. 65(b)(ii) "inadmissible on any other grounds under the Act, except sections 34 to 35.1 and subsections 36(1) and 37(1)"');
const TRP_MISREPRESENTATION = {
  level: 'medium' as const,
  extra: t(
    'A TRP can be issued despite inadmissibility (s. 24(1)), but the finding would later bar permanent residence for five years.',
    'Un PST peut être délivré malgré l\u2019interdiction de territoire (par. 24(1)), mais la conclusion bloquerait ensuite la résidence permanente pendant cinq ans.',
  ),
};
const TRP_CRIMINALITY = {
  level: 'high' as const,
  extra: t(
    'A person inadmissible under s. 37(1) is excluded from the permit holder route to permanent residence (IRPR s. 65(b)(ii)).',
    'La personne interdite de territoire au titre du par. 37(1) est exclue de la voie des titulaires de permis vers la résidence permanente (RIPR sous-al. 65b)(ii)).',
  ),
  citations: [PERMIT_HOLDER_S37],
};
const PR_MISREPRESENTATION = {
  level: 'high' as const,
  extra: t(
    'This is an application for permanent residence: the finding would stop it for five years.',
    'Il s\u2019agit d\u2019une demande de résidence permanente : la conclusion la bloquerait pendant cinq ans.',
  ),
};

/** What each ground of inadmissibility does to each immigration remedy (legal review, Dec. 2026). */
const INADMISSIBILITY: Record<InadmissibilityRemedy, Parameters<typeof inadmissibilityRisks>[1 | 2][]> = {
  'vtip-trp': [TRP_MISREPRESENTATION, TRP_CRIMINALITY],
  'fv-trp': [TRP_MISREPRESENTATION, TRP_CRIMINALITY],
  hc: [
    PR_MISREPRESENTATION,
    {
      level: 'high',
      extra: t(
        'H&C relief cannot overcome inadmissibility under s. 37 (s. 25(1) "other than under section 34, 35, 35.1 or 37").',
        'La dispense CH ne peut lever l\u2019interdiction de territoire de l\u2019art. 37 (par. 25(1) « sauf si c\u2019est en raison d\u2019un cas visé aux articles 34, 35, 35.1 ou 37 »).',
      ),
      citations: [irpaXml('s. 25(1) "inadmissible \u2014 other than under section 34, 35, 35.1 or 37"')],
    },
  ],
  prra: [
    {
      level: 'medium',
      extra: t(
        'It does not close the PRRA, but a PRRA officer reads the whole file and a later application for permanent residence would be barred.',
        'Elle ne ferme pas l\u2019ERAR, mais l\u2019agent d\u2019ERAR lit tout le dossier et une demande ultérieure de résidence permanente serait bloquée.',
      ),
    },
    {
      level: 'high',
      extra: t(
        'A person found inadmissible for organized criminality gets only a restricted PRRA: a stay of removal, not protection (s. 112(3)(a), s. 114(1)(b)).',
        'La personne interdite de territoire pour criminalité organisée n\u2019a droit qu\u2019à un ERAR restreint : un sursis, non la protection (al. 112(3)a), al. 114(1)b)).',
      ),
      citations: [
        irpaXml(
          's. 112(3)(a) "Refugee protection may not be conferred on an applicant who (a) is determined to be inadmissible on grounds of security, violating human or international rights or organized criminality"',
        ),
      ],
    },
  ],
  'owp-v': [
    {
      level: 'medium',
      extra: t(
        'A work permit application is examined for admissibility, and the finding would later bar permanent residence for five years.',
        'La demande de permis de travail est examinée sous l\u2019angle de l\u2019admissibilité, et la conclusion bloquerait ensuite la résidence permanente pendant cinq ans.',
      ),
    },
    {
      level: 'high',
      extra: t(
        'An officer who finds the person inadmissible refuses the permit, and enforcement may follow.',
        'L\u2019agent qui conclut à l\u2019interdiction de territoire refuse le permis, et des mesures d\u2019exécution peuvent suivre.',
      ),
    },
  ],
  'spousal-sponsorship': [
    PR_MISREPRESENTATION,
    {
      level: 'high',
      extra: t(
        'Sponsorship does not overcome inadmissibility: an inadmissible person is refused permanent residence.',
        'Le parrainage ne lève pas l\u2019interdiction de territoire : la résidence permanente est refusée à la personne interdite de territoire.',
      ),
    },
  ],
  'refugee-claim': [
    {
      level: 'medium',
      extra: t(
        'False travel documents alone do not bar a claim, but the statements made at the claim must be true: say early that the papers were the traffickers\u2019.',
        'De faux documents de voyage n\u2019empêchent pas à eux seuls la demande d\u2019asile, mais les déclarations faites doivent être vraies : dire tôt que les papiers venaient des trafiquants.',
      ),
    },
    {
      level: 'high',
      extra: t(
        'A claimant found inadmissible for organized criminality cannot have the claim referred (s. 101(1)(f)).',
        'La demande d\u2019asile d\u2019une personne interdite de territoire pour criminalité organisée est irrecevable (al. 101(1)f)).',
      ),
      citations: [
        irpaXml(
          's. 101(1)(f) "the claimant has been determined to be inadmissible on grounds of security, violating human or international rights, serious criminality or organized criminality"',
        ),
      ],
    },
  ],
};

/** The two `inadmissibility` rules of an immigration remedy, appended at the end of its risks. */
export function inadmissibilityRisksFor(remedy: InadmissibilityRemedy): RiskRule[] {
  const [misrepresentation, criminality] = INADMISSIBILITY[remedy];
  return inadmissibilityRisks(remedy, misrepresentation!, criminality!);
}
