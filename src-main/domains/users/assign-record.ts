import { AppError, validationError } from '../../../src-shared/api';
import { userIssue } from '../../../src-shared/rules/users';
import type { Store } from '../../backend/store';
import { mutateRecord } from '../records/mutate-record';
import { recordTable } from '../records/record-table';
import { isAssignable } from './principals';

/**
 * "Assign": gives a record to a user or a team by changing its owner
 * through the write path, so the change is validated by the record's rules,
 * stamped, put in the outbox and the audit history like any other edit.
 */
export function assignRecord(store: Store, entity: string, id: string, ownerId: string): void {
  const table = recordTable(entity);
  if (!table.fieldByName.has('owner_id')) {
    throw new AppError('CONFLICT', 'users.error.no_owner', 'Records of this type have no owner.');
  }
  if (!isAssignable(store.db, ownerId)) {
    throw validationError([userIssue('ownerId', 'users.error.owner_unavailable')]);
  }
  mutateRecord(store.writer, { op: 'update', entity, id, values: { owner_id: ownerId } });
}
