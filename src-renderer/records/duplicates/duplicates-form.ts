import type { FormExtension } from '../form/extensions';
import { MergeCommand } from './MergeCommand';

/** Record types with duplicate detection: "Merge with…" beside Save. */
export const duplicatesForm: FormExtension = {
  Commands: MergeCommand,
};
