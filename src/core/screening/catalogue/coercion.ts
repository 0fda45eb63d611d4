import { citations, t, weight } from './sources';
import type { Indicator } from './schema';

// ILO 2009 element 2 (coercive recruitment, 10 items) and element 5 (coercion at destination,
// 15 items). The same fact weighs differently by phase: documents, debt and confinement are
// medium at recruitment but strong at destination, so weights are keyed by (dimension, phase).

const R = 'coercive-recruitment' as const;
const C = 'coercion-at-destination' as const;
const why = t(
  'Force, threats and control are "means" under the Palermo Protocol and factors under Criminal Code s. 279.04(2); at work they point to a menace of penalty (forced labour).',
  'La force, les menaces et le contrôle sont des « moyens » selon le Protocole de Palerme et des facteurs selon l’art. 279.04(2) du Code criminel; au travail, ils indiquent la menace d’une peine (travail forcé).',
);
const cites = (indicator: string) => [citations.ilo2009(R), citations.ilo2009(C), citations.ilo2012(indicator), citations.criminalCode('s. 279.04(2)(a)')];

export const coercionIndicators: Indicator[] = [
  {
    id: 'violence',
    kind: 'ilo-indicator',
    contexts: [],
    weightings: [weight(R, 'recruitment', 'Violence on victims', 'strong'), weight(C, 'destination', 'Violence on victims', 'strong')],
    practitioner: t('Physical or sexual violence against the person', 'Violence physique ou sexuelle contre la personne'),
    question: t('Has anyone hurt you, hit you or forced you into sexual acts?', "Quelqu'un vous a-t-il fait mal, frappé ou forcé à des actes sexuels?"),
    why,
    citations: cites('5. Physical and sexual violence'),
  },
  {
    id: 'threats-of-violence',
    kind: 'ilo-indicator',
    contexts: [],
    weightings: [
      weight(R, 'recruitment', 'Threats of violence against victim', 'medium', { sexual: 'strong' }),
      weight(C, 'destination', 'Threats of violence against victim', 'medium'),
    ],
    practitioner: t('Threats of violence against the person', 'Menaces de violence contre la personne'),
    question: t('Has anyone threatened to hurt you?', "Quelqu'un a-t-il menacé de vous faire du mal?"),
    why,
    citations: cites('6. Intimidation and threats'),
  },
  {
    id: 'violence-or-threats-to-family',
    kind: 'ilo-indicator',
    contexts: [],
    weightings: [
      weight(R, 'recruitment', 'Violence on family (threats or effective)', 'medium'),
      weight(C, 'destination', 'Violence on family (threats or effective)', 'medium'),
    ],
    practitioner: t('Violence or threats against family members', 'Violence ou menaces contre des membres de la famille'),
    question: t(
      'Has anyone hurt or threatened to hurt your family or people close to you?',
      "Quelqu'un a-t-il fait du mal ou menacé de faire du mal à votre famille ou à vos proches?",
    ),
    why,
    citations: cites('6. Intimidation and threats'),
  },
  {
    id: 'documents-confiscated',
    kind: 'ilo-indicator',
    contexts: [],
    weightings: [
      weight(R, 'recruitment', 'Confiscation of documents', 'medium', { sexual: 'strong' }),
      weight(C, 'destination', 'Confiscation of documents', 'strong'),
    ],
    practitioner: t('Identity or travel documents confiscated or withheld', "Papiers d'identité ou de voyage confisqués ou retenus"),
    question: t(
      'Does someone else keep your passport, ID or permit, so you cannot get it when you want?',
      "Quelqu'un d'autre garde-t-il votre passeport, vos pièces d'identité ou votre permis, sans que vous puissiez les reprendre quand vous voulez?",
    ),
    why,
    citations: [...cites('7. Retention of identity documents'), citations.criminalCode('s. 279.03')],
  },
  {
    id: 'debt-bondage',
    kind: 'ilo-indicator',
    contexts: [],
    weightings: [weight(R, 'recruitment', 'Debt bondage', 'medium', { sexual: 'strong' }), weight(C, 'destination', 'Debt bondage', 'strong')],
    practitioner: t('Debt bondage: a debt used to keep the person working', 'Servitude pour dettes : une dette utilisée pour obliger la personne à travailler'),
    question: t(
      'Do you owe money to the people you work for or who brought you here, and does the debt keep you from leaving?',
      'Devez-vous de l’argent aux personnes pour qui vous travaillez ou qui vous ont fait venir, et cette dette vous empêche-t-elle de partir?',
    ),
    why,
    citations: cites('9. Debt bondage'),
  },
  {
    id: 'isolation-confinement-surveillance',
    kind: 'ilo-indicator',
    contexts: [],
    weightings: [
      weight(R, 'recruitment', 'Isolation, confinement or surveillance', 'medium', { sexual: 'strong' }),
      weight(C, 'destination', 'Isolation, confinement or surveillance', 'strong'),
    ],
    practitioner: t('Isolation, confinement or surveillance', 'Isolement, enfermement ou surveillance'),
    question: t(
      'Are you locked in, watched, or kept from going out or talking to people when you want?',
      'Êtes-vous enfermé, surveillé, ou empêché de sortir ou de parler aux gens quand vous le voulez?',
    ),
    why,
    citations: [...cites('3. Restriction of movement; 4. Isolation'), citations.criminalCode('s. 279.01(1): "holds, conceals"')],
  },
  {
    id: 'threat-of-denunciation',
    kind: 'ilo-indicator',
    contexts: [],
    weightings: [
      weight(R, 'recruitment', 'Threat of denunciation to authorities', 'medium'),
      weight(C, 'destination', 'Threat of denunciation to authorities', 'medium'),
    ],
    practitioner: t(
      'Threats to report the person to police or immigration (incl. deportation)',
      "Menaces de dénoncer la personne à la police ou à l'immigration (y compris l'expulsion)",
    ),
    question: t(
      'Has anyone threatened to call the police or immigration, or to have you sent back?',
      "Quelqu'un a-t-il menacé d'appeler la police ou l'immigration, ou de vous faire renvoyer?",
    ),
    why,
    citations: cites('6. Intimidation and threats'),
  },
  {
    id: 'threats-to-inform-family-or-public',
    kind: 'ilo-indicator',
    contexts: [],
    weightings: [
      weight(R, 'recruitment', 'Threats to inform family, community or public', 'medium'),
      weight(C, 'destination', 'Threats to inform family, community or public', 'weak'),
    ],
    practitioner: t('Threats to tell family, community or the public', 'Menaces de tout révéler à la famille, à la communauté ou au public'),
    question: t(
      'Has anyone threatened to tell your family or community things about you?',
      "Quelqu'un a-t-il menacé de raconter des choses sur vous à votre famille ou à votre communauté?",
    ),
    why,
    citations: cites('6. Intimidation and threats'),
  },
  {
    id: 'withholding-of-wages-or-money',
    kind: 'ilo-indicator',
    contexts: [],
    weightings: [weight(R, 'recruitment', 'Withholding of money', 'medium'), weight(C, 'destination', 'Withholding of wages', 'medium')],
    practitioner: t('Wages or money withheld', 'Salaire ou argent retenu'),
    question: t('Does someone keep your pay or your money from you?', "Quelqu'un garde-t-il votre paie ou votre argent?"),
    why,
    citations: cites('8. Withholding of wages'),
  },
  {
    id: 'abduction-forced-marriage-or-sale',
    kind: 'ilo-indicator',
    contexts: [],
    weightings: [weight(R, 'recruitment', 'Abduction, forced marriage, forced adoption or selling of victim', 'medium', { sexual: 'strong' })],
    practitioner: t('Abduction, forced marriage, forced adoption or sale of the person', 'Enlèvement, mariage forcé, adoption forcée ou vente de la personne'),
    question: t(
      'Were you taken against your will, made to marry, or given or sold to someone?',
      'Vous a-t-on emmené contre votre gré, obligé à vous marier, ou donné ou vendu à quelqu’un?',
    ),
    why,
    citations: [...cites('5. Physical and sexual violence'), citations.palermo('Art. 3(a): "of abduction"')],
  },
  {
    id: 'forced-illicit-activities',
    kind: 'ilo-indicator',
    contexts: [],
    weightings: [weight(C, 'destination', 'Forced into illicit/criminal activities', 'medium', { sexual: 'strong' })],
    practitioner: t('Forced into illegal or criminal activities', 'Forcé à des activités illégales ou criminelles'),
    question: t('Have you been made to do things that are against the law?', 'Vous a-t-on obligé à faire des choses contraires à la loi?'),
    why,
    citations: cites('6. Intimidation and threats'),
  },
  {
    id: 'forced-tasks-or-clients',
    kind: 'ilo-indicator',
    contexts: [],
    weightings: [weight(C, 'destination', 'Forced tasks or clients', 'medium', { sexual: 'strong' })],
    practitioner: t(
      'Forced to do tasks, or to see clients, the person did not agree to',
      'Forcé à faire des tâches, ou à voir des clients, sans y avoir consenti',
    ),
    question: t(
      'Are you made to do work, or see clients, that you did not agree to?',
      'Vous oblige-t-on à faire un travail, ou à voir des clients, que vous n’avez pas accepté?',
    ),
    why,
    citations: cites('6. Intimidation and threats'),
  },
  {
    id: 'forced-to-act-against-peers',
    kind: 'ilo-indicator',
    contexts: [],
    weightings: [weight(C, 'destination', 'Forced to act against peers', 'medium')],
    practitioner: t('Forced to act against other workers', "Forcé à agir contre d'autres travailleurs"),
    question: t('Have you been made to control, watch or punish other workers?', "Vous a-t-on obligé à contrôler, surveiller ou punir d'autres travailleurs?"),
    why,
    citations: cites('6. Intimidation and threats'),
  },
  {
    id: 'forced-to-lie',
    kind: 'ilo-indicator',
    contexts: [],
    weightings: [weight(C, 'destination', 'Forced to lie to authorities, family, etc.', 'medium')],
    practitioner: t('Forced to lie to authorities, family or others', 'Forcé à mentir aux autorités, à la famille ou à d’autres'),
    question: t(
      'Have you been told what to say to police, inspectors, immigration or your family?',
      "Vous a-t-on dit quoi répondre à la police, aux inspecteurs, à l'immigration ou à votre famille?",
    ),
    why,
    citations: cites('6. Intimidation and threats'),
  },
  {
    id: 'threat-of-worse-conditions',
    kind: 'ilo-indicator',
    contexts: [],
    weightings: [weight(C, 'destination', 'Threat to impose even worse working conditions', 'medium')],
    practitioner: t('Threats of even worse working conditions', 'Menaces de conditions de travail encore pires'),
    question: t(
      'Has anyone threatened to make your work or life even harder if you complain or refuse?',
      "Quelqu'un a-t-il menacé de rendre votre travail ou votre vie encore plus durs si vous vous plaignez ou refusez?",
    ),
    why,
    citations: cites('6. Intimidation and threats'),
  },
  {
    id: 'under-strong-influence',
    kind: 'ilo-indicator',
    contexts: [],
    weightings: [weight(C, 'destination', 'Under strong influence', 'medium')],
    practitioner: t('Under the strong influence of the exploiter', "Sous la forte influence de l'exploiteur"),
    question: t(
      'Does someone decide most things for you, so that it is hard to say no to them?',
      "Quelqu'un décide-t-il de la plupart des choses pour vous, au point qu'il est difficile de lui dire non?",
    ),
    why,
    citations: cites('1. Abuse of vulnerability'),
  },
];
