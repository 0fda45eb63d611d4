// Federal law (IRPA, IRPR, Criminal Code, Employment Insurance Act, TFWP compliance) is encoded
// rule by rule in the remedy files under ../knowledge; this record marks it as reviewed and
// holds no provincial parameters.

import type { Jurisdiction } from '../../model';
import { wordingOf } from '../../../wording';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/jurisdictions/federal', { en, fr });

export const federal: Jurisdiction = {
  code: 'federal',
  name: wording('federal.federal.name'),
  review: {
    status: 'reviewed',
    note: wording('federal.federal.review.note'),
  },
  params: {},
};
