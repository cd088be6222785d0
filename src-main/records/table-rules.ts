import { and, eq, ne } from 'drizzle-orm';
import type { EditableTableName, StoredValue } from '../../src-shared/records/editable';
import { recordsText as t } from '../../src-shared/records/text';
import { formulaText } from '../../src-shared/formula/text-fields';
import type { AppContext } from '../app/context';
import { AppError, fieldError } from '../app/errors';
import { todayIso } from '../app/today';
import { requireCountryId, requireInfantIdFree } from '../formula/caregivers-service';
import { requireNotCovered } from '../formula/coverage-service';
import { caregivers } from '../formula/formula.schema';
import { requireRulesHold } from '../formula/infant-records';
import { checkFacilityCode } from '../levels/facilitators-service';
import { levelsText } from '../../src-shared/levels/text';

type Row = Readonly<Record<string, StoredValue>>;
type Changes = Readonly<Record<string, StoredValue>>;

/**
 * What an edit must keep true beyond each field's own reading (issue 14.1–14.4): a person stays one
 * record (no second caregiver or infant with the same document here), a changed caregiver document is
 * checked against the padrón, a closed prescription is not edited, a delivery is voided rather than
 * edited, and the program's rules for the infant hold after the change; a facilitator works at a facility
 * of the registry in their region, and a training ends on or after its first day.
 */
export function checkTableRules(ctx: AppContext, table: EditableTableName, id: string, row: Row, changes: Changes): void {
  switch (table) {
    case 'caregivers':
      if (typeof changes.national_id === 'string') {
        requireCountryId(ctx, 'national_id', changes.national_id);
        const taken = ctx.db
          .select({ id: caregivers.id })
          .from(caregivers)
          .where(and(eq(caregivers.ownerSiteId, String(row.owner_site_id)), eq(caregivers.nationalId, changes.national_id), eq(caregivers.deleted, false), ne(caregivers.id, id)))
          .get();
        if (taken) throw fieldError('national_id', formulaText.errors.caregiverIdTaken, 'CONFLICT');
        requireNotCovered(ctx, changes.national_id, 'national_id');
      }
      return;
    case 'infants':
      if (typeof changes.national_id === 'string' && changes.national_id !== '') {
        requireCountryId(ctx, 'national_id', changes.national_id);
        try {
          requireInfantIdFree(ctx, changes.national_id, id);
        } catch (error) {
          if (error instanceof AppError) throw new AppError(error.code, error.message, { national_id: error.message });
          throw error;
        }
      }
      requireRulesHold(ctx, table, id, changes);
      return;
    case 'prescriptions':
      if (row.status === 'closed') throw new AppError('CONFLICT', t.closedPrescription, { _: t.closedPrescription });
      requireRulesHold(ctx, table, id, changes);
      return;
    case 'deliveries':
      throw new AppError('VALIDATION', t.deliveryNotEdited, { _: t.deliveryNotEdited });
    case 'group_sessions':
      if (row.status === 'held' && typeof changes.session_date === 'string' && changes.session_date > todayIso(ctx)) {
        throw fieldError('session_date', t.heldInFuture);
      }
      return;
    case 'facilitators':
      if (typeof changes.facility_code === 'string') checkFacilityCode(ctx, 'facility_code', changes.facility_code, String(row.region));
      return;
    case 'facilitator_trainings':
    case 'facilitator_courses': {
      const start = String(changes.start_date ?? row.start_date);
      const end = String(changes.end_date ?? row.end_date);
      if (end < start) throw fieldError('end_date', levelsText.errors.endBeforeStart);
      return;
    }
    default:
      return;
  }
}
