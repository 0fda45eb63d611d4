import { citations, t, weight } from './sources';
import type { Indicator } from './schema';

// ILO 2009 element 1, deceptive recruitment (10 items). Only "nature of the job, location or
// employer" is strong; education is weak for adults and reportedly strong for children.

const D = 'deceptive-recruitment' as const;
const why = t(
  'Being lied to when recruited is one of the ways a person can be moved into exploitation (deception is a "means" under the Palermo Protocol and IRPA s. 118).',
  "Être trompé au recrutement est l'un des moyens d'amener une personne vers l'exploitation (la tromperie est un « moyen » selon le Protocole de Palerme et l'art. 118 de la LIPR).",
);
const cites = [citations.ilo2009(D), citations.ilo2012('2. Deception'), citations.palermo('Art. 3(a): "of fraud, of deception"')];

export const deceptionIndicators: Indicator[] = [
  {
    id: 'deceived-job-nature',
    kind: 'ilo-indicator',
    contexts: [],
    weightings: [weight(D, 'recruitment', 'Deceived about the nature of the job, location or employer', 'strong')],
    practitioner: t('Deceived about the nature of the job, its location or the employer', "Trompé sur la nature de l'emploi, son lieu ou l'employeur"),
    question: t(
      'Was the work, the place or the employer different from what you were told before you came?',
      "Le travail, le lieu ou l'employeur étaient-ils différents de ce qu'on vous avait dit avant de venir?",
    ),
    why,
    citations: cites,
  },
  {
    id: 'deceived-work-conditions',
    kind: 'ilo-indicator',
    contexts: [],
    weightings: [weight(D, 'recruitment', 'Deceived about conditions of work', 'medium')],
    practitioner: t('Deceived about conditions of work', 'Trompé sur les conditions de travail'),
    question: t(
      'Were the hours, days off or working conditions different from what you were promised?',
      'Les heures, les congés ou les conditions de travail étaient-ils différents de ce qu’on vous avait promis?',
    ),
    why,
    citations: cites,
  },
  {
    id: 'deceived-contract',
    kind: 'ilo-indicator',
    contexts: ['labour', 'domestic-servitude', 'other'],
    weightings: [weight(D, 'recruitment', 'Deceived about content or legality of work contract', 'medium')],
    practitioner: t('Deceived about the content or legality of the work contract', 'Trompé sur le contenu ou la légalité du contrat de travail'),
    question: t(
      'Was the contract you signed or were shown different from the real job, or not valid?',
      'Le contrat que vous avez signé ou vu était-il différent du vrai travail, ou non valide?',
    ),
    why,
    citations: cites,
  },
  {
    id: 'deceived-family-reunification',
    kind: 'ilo-indicator',
    contexts: [],
    weightings: [weight(D, 'recruitment', 'Deceived about family reunification', 'medium')],
    practitioner: t('Deceived about family reunification', 'Trompé sur la réunification familiale'),
    question: t(
      'Were you promised that your family could join you, and it was not true?',
      'Vous a-t-on promis que votre famille pourrait vous rejoindre, et ce n’était pas vrai?',
    ),
    why,
    citations: cites,
  },
  {
    id: 'deceived-housing',
    kind: 'ilo-indicator',
    contexts: [],
    weightings: [weight(D, 'recruitment', 'Deceived about housing and living conditions', 'medium')],
    practitioner: t('Deceived about housing and living conditions', 'Trompé sur le logement et les conditions de vie'),
    question: t('Was the place you live different from what you were promised?', 'Le logement était-il différent de ce qu’on vous avait promis?'),
    why,
    citations: cites,
  },
  {
    id: 'deceived-legal-status',
    kind: 'ilo-indicator',
    contexts: [],
    weightings: [weight(D, 'recruitment', 'Deceived about legal documentation or obtaining legal migration status', 'medium')],
    practitioner: t('Deceived about legal documents or obtaining immigration status', "Trompé sur les documents ou l'obtention d'un statut d'immigration"),
    question: t(
      'Were you told you would get papers, a permit or permanent status, and it did not happen?',
      'Vous a-t-on dit que vous auriez des papiers, un permis ou la résidence, et cela ne s’est pas fait?',
    ),
    why,
    citations: cites,
  },
  {
    id: 'deceived-travel-recruitment',
    kind: 'ilo-indicator',
    contexts: [],
    weightings: [weight(D, 'recruitment', 'Deceived about travel and recruitment conditions', 'medium')],
    practitioner: t(
      'Deceived about travel and recruitment conditions (costs, fees, route)',
      'Trompé sur les conditions du voyage et du recrutement (coûts, frais, trajet)',
    ),
    question: t(
      'Were the trip or the costs of coming here different from what you were told?',
      'Le voyage ou les frais pour venir ici étaient-ils différents de ce qu’on vous avait dit?',
    ),
    why,
    citations: cites,
  },
  {
    id: 'deceived-wages',
    kind: 'ilo-indicator',
    contexts: [],
    weightings: [weight(D, 'recruitment', 'Deceived about wages/earnings', 'medium')],
    practitioner: t('Deceived about wages or earnings', 'Trompé sur le salaire ou les gains'),
    question: t('Are you paid less, or differently, than you were promised?', 'Êtes-vous payé moins, ou autrement, que ce qu’on vous avait promis?'),
    why,
    citations: cites,
  },
  {
    id: 'deceived-marriage-adoption',
    kind: 'ilo-indicator',
    contexts: [],
    weightings: [weight(D, 'recruitment', 'Deceived through promises of marriage or adoption', 'medium')],
    practitioner: t('Deceived through promises of marriage or adoption', 'Trompé par des promesses de mariage ou d’adoption'),
    question: t(
      'Did someone promise marriage, a relationship or adoption to get you to come, and it was not what they said?',
      "Quelqu'un vous a-t-il promis un mariage, une relation ou une adoption pour vous faire venir, et ce n’était pas vrai?",
    ),
    why,
    citations: cites,
  },
  {
    id: 'deceived-education',
    kind: 'ilo-indicator',
    contexts: [],
    weightings: [weight(D, 'recruitment', 'Deceived about access to education opportunities', 'weak', { child: 'strong' })],
    practitioner: t('Deceived about access to education', "Trompé sur l'accès aux études"),
    question: t(
      'Were you promised school or training here, and it did not happen?',
      'Vous a-t-on promis des études ou une formation ici, et cela ne s’est pas fait?',
    ),
    why,
    citations: cites,
  },
];
