import type { IsoDate } from '../common/dates';
import type { PrescriptionState } from './entitlement';

/**
 * Seed 004's prescription lifecycle (temporary suspension, expected return to breastfeeding,
 * reassessment): active → suspended ↔ active → closed. A closed prescription never opens again (a new
 * prescription, or a renewal, follows it). Each change has a date — not before the prescription or the
 * current state, not after today — and suspending or closing needs a reason. Renewed is a closing cause
 * only a renewal sets.
 */
export const CLOSE_CAUSES = ['breastfeeding', 'ended', 'movedAway', 'renewed', 'other'] as const;
export type CloseCause = (typeof CLOSE_CAUSES)[number];

export type StateChange =
  | { readonly to: 'suspended'; readonly on: IsoDate; readonly note: string }
  | { readonly to: 'active'; readonly on: IsoDate; readonly note: string }
  | { readonly to: 'closed'; readonly on: IsoDate; readonly cause: CloseCause; readonly note: string };

export type StateChangeRefusal =
  | { readonly code: 'CLOSED' }
  | { readonly code: 'SAME_STATE' }
  | { readonly code: 'IN_FUTURE' }
  | { readonly code: 'BEFORE_CURRENT'; readonly since: IsoDate }
  | { readonly code: 'NOTE_REQUIRED' }
  | { readonly code: 'RENEWED_BY_HAND' }
  | { readonly code: 'DELIVERIES_AFTER'; readonly lastDelivery: IsoDate };

export interface CurrentState {
  readonly prescriptionDate: IsoDate;
  readonly status: PrescriptionState;
  readonly statusOn: IsoDate | null;
  /** The latest delivery not voided, if any. */
  readonly lastDelivery: IsoDate | null;
}

export function checkStateChange(current: CurrentState, change: StateChange, today: IsoDate): { readonly ok: true } | { readonly ok: false; readonly refusal: StateChangeRefusal } {
  const refuse = (refusal: StateChangeRefusal) => ({ ok: false as const, refusal });
  if (current.status === 'closed') return refuse({ code: 'CLOSED' });
  if (change.to === current.status) return refuse({ code: 'SAME_STATE' });
  if (change.on > today) return refuse({ code: 'IN_FUTURE' });
  const since = current.statusOn ?? current.prescriptionDate;
  if (change.on < since) return refuse({ code: 'BEFORE_CURRENT', since });
  if (change.to !== 'active' && change.note.trim() === '' && !(change.to === 'closed' && change.cause !== 'other')) return refuse({ code: 'NOTE_REQUIRED' });
  if (change.to === 'closed' && change.cause === 'renewed') return refuse({ code: 'RENEWED_BY_HAND' });
  // Suspending or closing from a day on which milk was already given would hide that delivery.
  if (change.to !== 'active' && current.lastDelivery !== null && current.lastDelivery >= change.on) return refuse({ code: 'DELIVERIES_AFTER', lastDelivery: current.lastDelivery });
  return { ok: true };
}
