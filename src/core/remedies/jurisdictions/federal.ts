// Federal law (IRPA, IRPR, Criminal Code, Employment Insurance Act, TFWP compliance) is encoded
// rule by rule in the remedy files under ../knowledge; this record marks it as reviewed and
// holds no provincial parameters.
import { t } from '../build';
import type { Jurisdiction } from '../model';

export const federal: Jurisdiction = {
  code: 'federal',
  name: t('Federal (Canada)', 'Fédéral (Canada)'),
  review: {
    status: 'reviewed',
    note: t('Federal rules live in the remedy files; see their citations.', 'Les règles fédérales sont dans les fichiers de recours; voir leurs citations.'),
  },
  params: {},
};
