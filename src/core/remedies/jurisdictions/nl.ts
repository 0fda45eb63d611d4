// Newfoundland and Labrador: not yet reviewed. Provincial remedies here answer "unknown" with a reason saying so.
import { t } from '../build';
import { notYetReviewed } from './shared';

export const nl = notYetReviewed('NL', t('Newfoundland and Labrador', 'Terre-Neuve-et-Labrador'));
