import { citations, t } from './sources';
import type { Indicator } from './schema';

// Warning signs from the front-line lists (RCMP, BC government, Polaris, UNODC) that no ILO 2009
// item covers. They carry no weight: the lists say what to notice and ask about, not what it
// proves, so a red flag never moves an ILO element, and what it means is left to the practitioner
// (and, where a legal test reads it, to that test). The last record is an observation: what the
// practitioner sees in the room, shown and never weighted, because fear and submissiveness are
// also trauma responses and vary by culture.

export const redFlagIndicators: Indicator[] = [
  {
    id: 'moved-between-locations',
    kind: 'red-flag',
    contexts: [],
    weightings: [],
    practitioner: t(
      'Moved repeatedly between cities, workplaces or places to stay, or does not know the address or city where they live or work',
      'Déplacé à plusieurs reprises entre des villes, des lieux de travail ou d’hébergement, ou ne connaît pas l’adresse ni la ville où il vit ou travaille',
    ),
    question: t(
      'Have you been moved from one city, job or place to stay to another, or do you sometimes not know the address or town where you are?',
      'Vous a-t-on déplacé d’une ville, d’un travail ou d’un logement à l’autre, ou vous arrive-t-il de ne pas connaître l’adresse ou la ville où vous êtes?',
    ),
    why: t(
      'Traffickers move people to keep them isolated, dependent and hard to find; not knowing where one lives or works is a sign of that control.',
      'Les trafiquants déplacent les personnes pour les garder isolées, dépendantes et difficiles à retrouver; ne pas savoir où l’on vit ou travaille est un signe de ce contrôle.',
    ),
    citations: [
      citations.rcmpGazette('"Stripped of identity": traffickers frequently move victims from city to city'),
      citations.saskRcmp('not familiar with their surroundings or aware of what city or town they are in'),
      citations.bcSigns('signs of abuse and control: does not know their home or work address'),
      citations.unodcSexual('move from one brothel to the next or work in various locations'),
    ],
  },
  {
    id: 'third-party-speaks-for-person',
    kind: 'red-flag',
    contexts: [],
    weightings: [],
    practitioner: t(
      'Someone accompanies the person, answers or translates for them, or insists on being present',
      'Quelqu’un accompagne la personne, répond ou traduit à sa place, ou insiste pour être présent',
    ),
    question: t(
      'Does someone usually come with you, speak for you or translate for you, even when you would rather speak for yourself?',
      'Quelqu’un vous accompagne-t-il habituellement, parle-t-il ou traduit-il pour vous, même quand vous préféreriez parler vous-même?',
    ),
    why: t(
      'Someone who will not let the person speak alone may be controlling them; meet again alone, with an independent interpreter, before relying on what was said in their presence.',
      'Une personne qui empêche l’autre de parler seule peut la contrôler; revoyez la personne seule, avec un interprète indépendant, avant de vous fier à ce qui a été dit en sa présence.',
    ),
    citations: [
      citations.rcmpGazette('they have someone speak on their behalf or make decisions for them; not allowed to leave without being escorted'),
      citations.bcSigns('signs of abuse and control: allows others to speak for them when addressed directly'),
      citations.polaris('lack of control: not allowed or able to speak for themselves (a third party may insist on being present and/or translating)'),
      citations.unodcPossible('seems incapable or reluctant to speak for themselves'),
    ],
  },
  {
    id: 'ownership-marks',
    kind: 'red-flag',
    contexts: ['sexual', 'other'],
    weightings: [],
    practitioner: t(
      'Tattoos, branding or scars that mark the person as an exploiter’s "property"',
      'Tatouages, marques au fer ou cicatrices désignant la personne comme la « propriété » d’un exploiteur',
    ),
    question: t(
      'Has anyone put a tattoo, name or mark on your body that you did not choose, or that shows you belong to them?',
      'Quelqu’un vous a-t-il fait un tatouage, inscrit un nom ou fait une marque sur le corps que vous n’aviez pas choisi, ou qui montre que vous lui appartenez?',
    ),
    why: t(
      'Ownership marks are used to claim and control a person, mostly in sexual exploitation; they can also be evidence, so note them only with consent and offer medical and removal support.',
      'Les marques de propriété servent à revendiquer et contrôler une personne, surtout en exploitation sexuelle; elles peuvent aussi servir de preuve : ne les consignez qu’avec consentement et proposez du soutien médical et de retrait.',
    ),
    citations: [
      citations.rcmpSigns('branding or tattoos'),
      citations.bcSigns('injuries or impairments typical of certain jobs or control measures, such as cigarette burns or branding tattoos'),
      citations.unodcSexual('tattoos or other marks indicating "ownership" by their exploiters'),
    ],
  },
  {
    id: 'third-party-profits-from-sexual-services',
    kind: 'red-flag',
    contexts: ['sexual'],
    weightings: [],
    practitioner: t(
      'A pimp, manager or other third party takes money from the person’s sexual services or sets a quota',
      'Un proxénète, un gérant ou un autre tiers prend l’argent des services sexuels de la personne ou lui impose un quota',
    ),
    question: t(
      'When you do sex work, does someone else take some or all of the money, or tell you how much you must earn?',
      'Quand vous faites du travail du sexe, quelqu’un d’autre prend-il une partie ou la totalité de l’argent, ou vous dit-il combien vous devez gagner?',
    ),
    why: t(
      'Someone profiting from another’s sexual services is the exploitation of the prostitution of others, a purpose of trafficking; for a child it is sexual exploitation whatever the child says about consent.',
      'Tirer profit des services sexuels d’autrui est l’exploitation de la prostitution d’autrui, une fin de la traite; pour un enfant, c’est de l’exploitation sexuelle quoi qu’il dise de son consentement.',
    ),
    citations: [
      citations.palermo('Art. 3(a): "the exploitation of the prostitution of others"; Art. 3(c): a child, means not needed'),
      citations.criminalCode('s. 286.2: material benefit from sexual services', 'unverified'),
      citations.polaris('is in the commercial sex industry and has a pimp/manager; is under 18 and providing commercial sex acts'),
    ],
  },
  {
    id: 'not-free-to-leave',
    kind: 'red-flag',
    contexts: [],
    weightings: [],
    practitioner: t(
      'Cannot quit or leave when they want, because of debt, permit, housing, threats or fear',
      'Ne peut pas démissionner ni partir quand bon lui semble, à cause d’une dette, du permis, du logement, de menaces ou de la peur',
    ),
    question: t(
      'If you wanted to stop this work or leave, could you? What do you think would happen?',
      'Si vous vouliez arrêter ce travail ou partir, le pourriez-vous? Que se passerait-il, selon vous?',
    ),
    why: t(
      'Being unable to leave is at the heart of forced labour and servitude; what keeps the person there (debt, a tied permit, housing, threats) shows which means are at work.',
      'Ne pas pouvoir partir est au cœur du travail forcé et de la servitude; ce qui retient la personne (dette, permis lié, logement, menaces) montre quels moyens sont en jeu.',
    ),
    citations: [
      citations.polaris('common work and living conditions: is not free to leave or come and go as he/she wishes'),
      citations.bcSigns('signs of abuse and control: is unable to leave their current situation; believes they must work against their will'),
      citations.ilo2012('3. Restriction of movement'),
    ],
  },
  {
    id: 'lives-at-workplace',
    kind: 'red-flag',
    contexts: ['labour', 'sexual', 'domestic-servitude', 'other'],
    weightings: [],
    practitioner: t(
      'Sleeps or lives where they work, or in housing the exploiter controls',
      'Dort ou vit sur son lieu de travail, ou dans un logement contrôlé par l’exploiteur',
    ),
    question: t(
      'Do you sleep where you work, or live in a place that your boss or the person who controls your work decides?',
      'Dormez-vous là où vous travaillez, ou vivez-vous dans un lieu que votre patron ou la personne qui contrôle votre travail choisit?',
    ),
    why: t(
      'Living where one works, or in the exploiter’s housing, removes any place of one’s own to rest or seek help, and makes losing the job mean losing shelter.',
      'Vivre sur son lieu de travail, ou dans le logement de l’exploiteur, enlève tout endroit à soi pour se reposer ou demander de l’aide, et perdre l’emploi signifie perdre son toit.',
    ),
    citations: [
      citations.unodcSexual('sleep where they work'),
      citations.bcSigns('signs of abuse and control: is in a situation of dependence'),
      citations.ilo2012('10. Abusive working and living conditions'),
    ],
  },
  {
    id: 'phone-or-online-control',
    kind: 'red-flag',
    contexts: [],
    weightings: [],
    practitioner: t(
      'Recruited, groomed or advertised online, or someone takes, monitors or controls their phone or accounts',
      'Recrutement, conditionnement ou annonces en ligne, ou quelqu’un prend, surveille ou contrôle son téléphone ou ses comptes',
    ),
    question: t(
      'Did you first meet them online, or does someone take your phone, read your messages or control your accounts?',
      'Les avez-vous d’abord rencontrés en ligne, ou quelqu’un prend-il votre téléphone, lit-il vos messages ou contrôle-t-il vos comptes?',
    ),
    why: t(
      'Traffickers often recruit over social media and keep control through the phone; it also matters for safety planning, since a monitored phone is not a safe way to reach the person.',
      'Les trafiquants recrutent souvent par les réseaux sociaux et gardent le contrôle par le téléphone; cela compte aussi pour la sécurité, car un téléphone surveillé n’est pas un moyen sûr de joindre la personne.',
    ),
    citations: [citations.saskRcmp('they don’t have access to their ID, passport, or cell phone; traffickers connect over social media or in person')],
  },
  {
    id: 'gifts-or-substances-used-to-control',
    kind: 'red-flag',
    contexts: [],
    weightings: [],
    practitioner: t(
      'Gifts, money, drugs or alcohol used to create obligation or dependency',
      'Cadeaux, argent, drogues ou alcool utilisés pour créer une obligation ou une dépendance',
    ),
    question: t(
      'Did someone give you gifts, money, drugs or alcohol, and then say you owed them or had to do things for them?',
      'Quelqu’un vous a-t-il donné des cadeaux, de l’argent, de la drogue ou de l’alcool, puis dit que vous lui deviez quelque chose ou deviez faire des choses pour lui?',
    ),
    why: t(
      'Gifts and substances build a sense of debt or a dependency that traffickers then use; it is a grooming pattern, and an addiction also calls for health support first.',
      'Les cadeaux et les substances créent un sentiment de dette ou une dépendance que les trafiquants exploitent ensuite; c’est une forme de conditionnement, et une dépendance appelle aussi d’abord du soutien en santé.',
    ),
    citations: [
      citations.rcmpGazette('"Showered with gifts": luxury items they could not afford, in the early phase of recruitment'),
      citations.saskRcmp('traffickers may approach by offering gifts or money, or introducing drugs or alcohol'),
    ],
  },
  {
    id: 'minor-away-from-guardian',
    kind: 'red-flag',
    contexts: [],
    weightings: [],
    practitioner: t(
      'A child with an adult who is not a parent or guardian, or a child who ran away or was reported missing',
      'Un enfant avec un adulte qui n’est ni son parent ni son tuteur, ou un enfant qui a fugué ou a été porté disparu',
    ),
    question: t(
      'If you were under 18, were you living or travelling with an adult who was not your parent or guardian, or had you left home?',
      'Si vous aviez moins de 18 ans, viviez-vous ou voyagiez-vous avec un adulte qui n’était ni votre parent ni votre tuteur, ou aviez-vous quitté la maison?',
    ),
    why: t(
      'A child away from a parent or guardian is at high risk, and for a child the "means" of trafficking need not be shown; it also calls for child-protection duties.',
      'Un enfant séparé de son parent ou tuteur court un grand risque, et pour un enfant, les « moyens » de la traite n’ont pas à être démontrés; cela fait aussi naître des obligations de protection de l’enfance.',
    ),
    citations: [
      citations.saskRcmp('under the age of 18 and travelling with an adult who is not their parent or legal guardian'),
      citations.bcSigns(
        'signs that a child may be trafficked: does not have or cannot reach a parent or guardian; lives with someone not related to them and not a guardian',
      ),
      citations.rcmpGazette('they have suddenly moved away or they are missing'),
      citations.palermo('Art. 3(c)-(d): a child, under 18, is trafficked without any of the means'),
    ],
  },
  {
    id: 'fearful-or-submissive-presentation',
    kind: 'observation',
    contexts: [],
    weightings: [],
    practitioner: t(
      'Observed: fear, submissiveness or hyper-vigilance (e.g. looks to someone else before answering, avoids eye contact, startles)',
      'Observé : peur, soumission ou hypervigilance (p. ex. regarde quelqu’un d’autre avant de répondre, évite le regard, sursaute)',
    ),
    question: t(
      'For you, not the client: did the person seem afraid, submissive or on constant alert during the meeting?',
      'Pour vous, pas pour le client : la personne semblait-elle craintive, soumise ou constamment sur ses gardes pendant la rencontre?',
    ),
    why: t(
      'Shown to you, never weighed: fear and submissiveness are also trauma responses and vary by culture, so they prove nothing alone; they are a reason to slow down, check safety and meet again alone.',
      'Montré à vous, jamais pondéré : la peur et la soumission sont aussi des réactions au traumatisme et varient selon la culture, elles ne prouvent donc rien seules; c’est une raison de ralentir, de vérifier la sécurité et de revoir la personne seule.',
    ),
    citations: [
      citations.polaris('poor mental health or abnormal behavior: fearful, anxious, depressed, submissive, tense, or nervous/paranoid; avoids eye contact'),
      citations.rcmpGazette('they avoid eye contact and have someone speak on their behalf'),
    ],
  },
];
