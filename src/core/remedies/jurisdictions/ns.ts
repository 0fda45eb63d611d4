// Nova Scotia: not yet reviewed. Provincial remedies here answer "unknown" with a reason saying so.
import { t } from '../build';
import { notYetReviewed } from './shared';

export const ns = notYetReviewed('NS', t('Nova Scotia', 'Nouvelle-Écosse'));
