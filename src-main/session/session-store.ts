import type { Role } from '../../src-shared/users/roles';

export interface ActiveSession {
  readonly userId: string;
  readonly username: string;
  /** Re-read from the user's record on every call (refreshSession). */
  fullName: string;
  role: Role;
  locked: boolean;
  mustChangePassword: boolean;
  lastActivityMs: number;
}

/** The one signed-in user of this window (a shared PC has one person at the keyboard at a time). */
export class SessionStore {
  current: ActiveSession | null = null;
}
