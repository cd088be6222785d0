export const ROLES = ['admin', 'registrar', 'health', 'coordinator'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'users.manage',
  'audit.read',
  'settings.manage',
  'formula.read',
  'formula.write',
  'groups.read',
  'groups.write',
  'sync.export',
  'sync.import',
  'records.correct',
  'his.codes',
  'coverage.import',
  'reasons.manage',
  /** The diagnosis behind a prescription (its reason): health staff and coordinators, not the registrar nor the admin (issue 18.3). */
  'formula.clinical',
  /** The official facility registry and the levels' own records: facilitators, courses, visits, directory (issue 16). */
  'levels.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * Who may do what (DESIGN.md "Who uses it"). Checked in main on every call; the renderer only uses it
 * to hide what the user could not do anyway.
 */
const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  // The admin manages users, backups and settings, and merges duplicates (14.4): never a diagnosis (18.3).
  admin: ['users.manage', 'audit.read', 'settings.manage', 'sync.export', 'formula.read', 'groups.read', 'his.codes'],
  registrar: ['formula.read', 'formula.write', 'coverage.import'],
  health: ['groups.read', 'groups.write', 'formula.read', 'formula.clinical'],
  // At a microrred or red the coordinator also keeps the reference data sent down to the facilities.
  coordinator: ['sync.import', 'sync.export', 'records.correct', 'formula.read', 'formula.clinical', 'groups.read', 'his.codes', 'coverage.import', 'reasons.manage', 'levels.manage'],
};

export function permissionsOf(role: Role): readonly Permission[] {
  return ROLE_PERMISSIONS[role];
}

export function hasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
