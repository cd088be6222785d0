import { ROLES } from '../../src-shared/users/roles';
import { ROLE_LABELS, usersText } from '../../src-shared/users/text';

export const ROLE_OPTIONS = [
  { value: '', label: usersText.chooseRole },
  ...ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] })),
];
