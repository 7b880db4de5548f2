import { recordState, SampleRandom, STREAM } from './random';
import { uuidV7 } from './uuid';

// Made-up creation times: one millisecond per record from a fixed date, so the
// ids are reproducible and in the order the records were generated.
const ACCOUNT_EPOCH_MS = Date.UTC(2024, 0, 8, 9, 0, 0);
const CONTACT_EPOCH_MS = Date.UTC(2024, 1, 5, 9, 0, 0);

const idRandom = new SampleRandom();

export function accountId(seed: number, index: number): string {
  return uuidV7(ACCOUNT_EPOCH_MS + index, idRandom.reseed(recordState(seed, index, STREAM.accountId)));
}

/** Contacts are never referred to by index, so their id takes the first draws of the contact's own stream. */
export function contactId(index: number, contactRandom: SampleRandom): string {
  return uuidV7(CONTACT_EPOCH_MS + index, contactRandom);
}
