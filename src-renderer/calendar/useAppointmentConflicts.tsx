import { useCallback } from 'react';
import type { EntityDef } from '../../src-shared/entities';
import { appointmentProposal, changesSchedule } from '../../src-shared/rules/calendar';
import { prepareWrite } from '../../src-shared/rules/write-rules';
import { useAppInfo } from '../app/AppInfoContext';
import { changedValues, createValues } from '../records/form/form-values';
import type { RecordForm } from '../records/form/useRecordForm';
import { useConflictCheck } from './useConflictCheck';

/**
 * The conflict check of the activity form: saving an open appointment (or a
 * series) whose time or people are new asks first when someone would be
 * double-booked. Other record types, other activity types and edits that
 * leave the time and the people alone save without asking.
 */
export function useAppointmentConflicts(entity: EntityDef, form: RecordForm) {
  const { info } = useAppInfo();
  const check = useConflictCheck();
  const currentUser = info.currentUser?.id ?? null;
  const { confirm } = check;

  const confirmSave = useCallback(async (): Promise<boolean> => {
    if (entity.name !== 'activity') return true;
    const stored = form.record?.values ?? null;
    const id = form.record?.id ?? null;
    const changes = stored ? changedValues(entity, form.draft, stored) : createValues(entity, form.draft);
    if (stored && !changesSchedule(Object.keys(changes))) return true;
    const now = Date.now();
    const checked = prepareWrite(entity, changes, stored ? 'update' : 'create', stored, now);
    // Invalid values: saving shows what is wrong, and nothing is saved anyway.
    if (checked.issues.length > 0) return true;
    const values = { ...(stored ?? {}), ...checked.values };
    // A new record without an owner gets the current user's (as the backend does).
    if (!stored && !values['owner_id'] && currentUser) values['owner_id'] = currentUser;
    const proposal = appointmentProposal(values, id, now);
    return proposal ? confirm(proposal) : true;
  }, [entity, form.record, form.draft, currentUser, confirm]);

  return { confirmSave, dialog: check.dialog };
}
