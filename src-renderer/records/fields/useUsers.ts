import type { UserSummary } from '../../../src-shared/api';
import { useDirectory } from '../../users/directory';

/** Every user (active or not, so stored references keep their names); loaded once per window and shared. */
export function useUsers(): readonly UserSummary[] {
  return useDirectory().users;
}
