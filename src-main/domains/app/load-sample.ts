import { AppError, type SampleResult } from '../../../src-shared/api';
import { generateSampleActivities } from '../../sample/activity-records';
import { generateSampleCompany } from '../../sample/generate';
import { ENTITY_NAMES } from '../../../src-shared/entities';
import { writeBulk } from '../records/bulk-insert';
import { writeSampleSales } from '../sales/sample-sales';
import type { Store } from '../../backend/store';
import { finishOnboarding, hasAnyRecord } from './onboarding';

/**
 * "Load sample company": the generated accounts, contacts and activities are written in
 * one transaction through the bulk path, then the sales sample through the sales
 * commands, so a failure leaves the file empty and the choice can be made again.
 */
export function loadSampleCompany(store: Store): SampleResult {
  const { db } = store;
  const sample = generateSampleCompany();
  const result = db.transaction(() => {
    if (hasAnyRecord(db)) {
      throw new AppError(
        'CONFLICT',
        'error.sample_not_empty',
        'The sample company can only be loaded into an empty data file.',
      );
    }
    const accounts = writeBulk(store.writer, 'account', sample.accounts);
    const contacts = writeBulk(store.writer, 'contact', sample.contacts);
    const today = Math.floor(store.writer.now() / 86_400_000) * 86_400_000;
    const activities = generateSampleActivities(sample.accounts, sample.contacts, store.writer.userId(), today);
    writeBulk(store.writer, 'activity', activities);
    // One event for everything at the end, not one per record the sales commands write.
    const quiet = { ...store.writer, emit: () => undefined };
    writeSampleSales(
      quiet,
      sample.accounts.map((a) => a.id),
      today,
    );
    finishOnboarding(db, 'sample');
    return { accounts: accounts.length, contacts: contacts.length };
  });
  store.writer.emit({ entities: ENTITY_NAMES, ids: [] });
  return result;
}
