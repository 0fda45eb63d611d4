import { useOutletContext } from 'react-router';
import type { CasePermissions, CaseViewer } from './permissions';
import type { CaseHeader, TeamMember } from './types';

/** What every tab of the case page receives from the page around it. */
export interface CaseContext {
  code: string;
  header: CaseHeader;
  team: TeamMember[] | undefined;
  can: CasePermissions;
  viewer: CaseViewer;
}

export const useCase = () => useOutletContext<CaseContext>();
