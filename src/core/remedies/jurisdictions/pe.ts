// Prince Edward Island: not yet reviewed. Provincial remedies here answer "unknown" with a reason saying so.
import { t } from '../build';
import { notYetReviewed } from './shared';

export const pe = notYetReviewed('PE', t('Prince Edward Island', 'Île-du-Prince-Édouard'));
