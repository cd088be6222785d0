import { z } from 'zod';
import type { Permission } from '../users/roles';

/** Records whose history can be opened, and who may read it (the same people who may see the record). */
export const HISTORY_TABLES = {
  caregivers: 'formula.read',
  infants: 'formula.read',
  prescriptions: 'formula.read',
  deliveries: 'formula.read',
  stock_receipts: 'formula.read',
  users: 'users.manage',
  lead_mothers: 'groups.read',
  training_courses: 'groups.read',
  support_groups: 'groups.read',
  group_sessions: 'groups.read',
  designated_staff: 'groups.read',
  minutes_entries: 'groups.read',
  implementation_plans: 'groups.read',
  facilitators: 'sync.import',
  facilitator_trainings: 'sync.import',
  facilitator_courses: 'sync.import',
  supervision_visits: 'sync.import',
  birth_cohorts: 'sync.import',
} as const satisfies Record<string, Permission>;

export type HistoryTable = keyof typeof HISTORY_TABLES;

export const recordHistorySchema = z.object({
  table: z.enum(Object.keys(HISTORY_TABLES) as [HistoryTable, ...HistoryTable[]]),
  id: z.uuid(),
});
