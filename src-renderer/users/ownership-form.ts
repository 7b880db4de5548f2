import type { FormExtension } from '../records/form/extensions';
import { OwnershipCommands } from './OwnershipCommands';

/** Record types with an owner: "Assign" and "Share" beside Save. */
export const ownershipForm: FormExtension = {
  Commands: OwnershipCommands,
};
