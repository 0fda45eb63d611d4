import { citations, weight } from './sources';
import { w } from './wording';
import type { Indicator } from './schema';

// ILO 2009 element 1, deceptive recruitment (10 items). Only "nature of the job, location or
// employer" is strong; education is weak for adults and reportedly strong for children.

const D = 'deceptive-recruitment' as const;
const why = w('deception.why');
const cites = [citations.ilo2009(D), citations.ilo2012('2. Deception'), citations.palermo('Art. 3(a): "of fraud, of deception"')];

export const deceptionIndicators: Indicator[] = [
  {
    id: 'deceived-job-nature',
    kind: 'ilo-indicator',
    contexts: [],
    weightings: [weight(D, 'recruitment', 'Deceived about the nature of the job, location or employer', 'strong')],
    practitioner: w('deception.deceived-job-nature.practitioner'),
    question: w('deception.deceived-job-nature.question'),
    why,
    citations: cites,
  },
  {
    id: 'deceived-work-conditions',
    kind: 'ilo-indicator',
    contexts: [],
    weightings: [weight(D, 'recruitment', 'Deceived about conditions of work', 'medium')],
    practitioner: w('deception.deceived-work-conditions.practitioner'),
    question: w('deception.deceived-work-conditions.question'),
    why,
    citations: cites,
  },
  {
    id: 'deceived-contract',
    kind: 'ilo-indicator',
    contexts: ['labour', 'domestic-servitude', 'other'],
    weightings: [weight(D, 'recruitment', 'Deceived about content or legality of work contract', 'medium')],
    practitioner: w('deception.deceived-contract.practitioner'),
    question: w('deception.deceived-contract.question'),
    why,
    citations: cites,
  },
  {
    id: 'deceived-family-reunification',
    kind: 'ilo-indicator',
    contexts: [],
    weightings: [weight(D, 'recruitment', 'Deceived about family reunification', 'medium')],
    practitioner: w('deception.deceived-family-reunification.practitioner'),
    question: w('deception.deceived-family-reunification.question'),
    why,
    citations: cites,
  },
  {
    id: 'deceived-housing',
    kind: 'ilo-indicator',
    contexts: [],
    weightings: [weight(D, 'recruitment', 'Deceived about housing and living conditions', 'medium')],
    practitioner: w('deception.deceived-housing.practitioner'),
    question: w('deception.deceived-housing.question'),
    why,
    citations: cites,
  },
  {
    id: 'deceived-legal-status',
    kind: 'ilo-indicator',
    contexts: [],
    weightings: [weight(D, 'recruitment', 'Deceived about legal documentation or obtaining legal migration status', 'medium')],
    practitioner: w('deception.deceived-legal-status.practitioner'),
    question: w('deception.deceived-legal-status.question'),
    why,
    citations: cites,
  },
  {
    id: 'deceived-travel-recruitment',
    kind: 'ilo-indicator',
    contexts: [],
    weightings: [weight(D, 'recruitment', 'Deceived about travel and recruitment conditions', 'medium')],
    practitioner: w('deception.deceived-travel-recruitment.practitioner'),
    question: w('deception.deceived-travel-recruitment.question'),
    why,
    citations: cites,
  },
  {
    id: 'deceived-wages',
    kind: 'ilo-indicator',
    contexts: [],
    weightings: [weight(D, 'recruitment', 'Deceived about wages/earnings', 'medium')],
    practitioner: w('deception.deceived-wages.practitioner'),
    question: w('deception.deceived-wages.question'),
    why,
    citations: cites,
  },
  {
    id: 'deceived-marriage-adoption',
    kind: 'ilo-indicator',
    contexts: [],
    weightings: [weight(D, 'recruitment', 'Deceived through promises of marriage or adoption', 'medium')],
    practitioner: w('deception.deceived-marriage-adoption.practitioner'),
    question: w('deception.deceived-marriage-adoption.question'),
    why,
    citations: cites,
  },
  {
    id: 'deceived-education',
    kind: 'ilo-indicator',
    contexts: [],
    weightings: [weight(D, 'recruitment', 'Deceived about access to education opportunities', 'weak', { child: 'strong' })],
    practitioner: w('deception.deceived-education.practitioner'),
    question: w('deception.deceived-education.question'),
    why,
    citations: cites,
  },
];
