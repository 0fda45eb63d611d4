import type { Jurisdiction, Localized } from '../model';
import { t } from '../build';

/** A province or territory nobody has reviewed yet: present, so results say so instead of guessing. */
export function notYetReviewed(code: Jurisdiction['code'], name: Localized): Jurisdiction {
  return {
    code,
    name,
    review: {
      status: 'not-yet-reviewed',
      note: t(
        'Provincial remedies in this jurisdiction have not been reviewed yet. Limitation periods, limits and welfare rules are not encoded; check them with local counsel.',
        "Les recours provinciaux de ce territoire n'ont pas encore été examinés. Les délais, plafonds et règles d'aide sociale ne sont pas encodés; vérifiez-les auprès d'un avocat local.",
      ),
    },
    params: {},
  };
}

/** The day the Manitoba, Saskatchewan, Nova Scotia and New Brunswick sources were read (issue #19). */
export const PROVINCES_REVIEWED_ON = '2026-12-05';
