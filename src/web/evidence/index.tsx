import type { Capability } from '../shell/capability';
import { EvidenceTab } from './evidence-tab';

const CASE_ROLES = ['admin', 'lawyer', 'legal-worker', 'support-worker'] as const;

/**
 * Evidence (issue 16): a tab on the case page with the items, their sealed files and chain of
 * custody, what is still missing for each remedy in play, and the exhibit bundle.
 */
export const evidenceCapability: Capability = {
  id: 'evidence',
  caseTabs: [{ id: 'evidence', path: 'evidence', label: 'evidence:tab', element: <EvidenceTab />, roles: CASE_ROLES }],
};
