import type { Role } from '../accounts/session';

export interface Member {
  id: string;
  displayName: string;
  email: string;
  role: Role;
  mfaEnrolled: boolean;
  status: 'active' | 'invited' | 'disabled';
}

export const membersKey = ['organisation', 'members'] as const;
