import type { ComboboxItemGroup } from '@mantine/core';
import type { PrincipalType, TeamSummary, UserSummary } from '../../src-shared/api';

/** One user or team as a picker option; `type` marks teams as teams in the list and in the field. */
export interface PrincipalOption {
  readonly value: string;
  readonly label: string;
  readonly type: PrincipalType;
}

export interface PrincipalGroups {
  readonly users: string;
  readonly teams: string;
}

/**
 * Users, then teams, each a group of the picker. Deactivated users are
 * offered only when `keep` holds them (the value a field already has), so a
 * record keeps showing its owner without anyone newly choosing them.
 */
export function principalOptions(
  users: readonly UserSummary[],
  teams: readonly TeamSummary[],
  groups: PrincipalGroups,
  keep: readonly string[] = [],
): ComboboxItemGroup<PrincipalOption>[] {
  const userItems = users
    .filter((u) => u.active || keep.includes(u.id))
    .map((u): PrincipalOption => ({ value: u.id, label: u.name, type: 'user' }));
  const teamItems = teams.map((team): PrincipalOption => ({ value: team.id, label: team.name, type: 'team' }));
  return [
    ...(userItems.length > 0 ? [{ group: groups.users, items: userItems }] : []),
    ...(teamItems.length > 0 ? [{ group: groups.teams, items: teamItems }] : []),
  ];
}

export function principalTypeOf(
  id: string,
  users: readonly UserSummary[],
  teams: readonly TeamSummary[],
): PrincipalType | null {
  if (users.some((u) => u.id === id)) return 'user';
  if (teams.some((t) => t.id === id)) return 'team';
  return null;
}
