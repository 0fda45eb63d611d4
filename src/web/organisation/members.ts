import type { Role } from '../accounts/session';

export interface Member {
  id: string;
  displayName: string;
  email: string;
  role: Role;
  /** The admin duty, beside the role (always with role 'admin'). */
  isAdmin: boolean;
  mfaEnrolled: boolean;
  status: 'active' | 'invited' | 'disabled';
}

export const membersKey = ['organisation', 'members'] as const;
