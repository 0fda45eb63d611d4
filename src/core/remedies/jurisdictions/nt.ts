// Northwest Territories: not yet reviewed. Provincial remedies here answer "unknown" with a reason saying so.
import { t } from '../build';
import { notYetReviewed } from './shared';

export const nt = notYetReviewed('NT', t('Northwest Territories', 'Territoires du Nord-Ouest'));
