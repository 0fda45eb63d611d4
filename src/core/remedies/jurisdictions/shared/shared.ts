import type { Jurisdiction, Localized } from '../../model';
import { wordingOf } from '../../../wording';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/jurisdictions/shared', { en, fr });

/** A province or territory nobody has reviewed yet: present, so results say so instead of guessing. */
export function notYetReviewed(code: Jurisdiction['code'], name: Localized): Jurisdiction {
  return {
    code,
    name,
    review: {
      status: 'not-yet-reviewed',
      note: wording('shared.not-yet-reviewed.review.note'),
    },
    params: {},
  };
}
