import { z } from 'zod';
import { entityName, recordId, type LookupRef } from './records';

/**
 * Input schemas and result types of users, teams, the current user, and
 * record ownership (assign) and sharing. The schemas check shapes only; the
 * shared rules in `rules/users` check what a person types (required, e-mail
 * format, lengths) so the dialogs and the backend say the same thing.
 */

export const USER_ROLES = ['administrator', 'user'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** Who may own or be given a record: a user or a team. Their ids are UUIDs, never shared between the two. */
export const PRINCIPAL_TYPES = ['user', 'team'] as const;
export type PrincipalType = (typeof PRINCIPAL_TYPES)[number];

/** What a share grants: reading the record, or reading and changing it. */
export const SHARE_ACCESS = ['read', 'write'] as const;
export type ShareAccess = (typeof SHARE_ACCESS)[number];

/** Loose upper bound of typed text; the rules give the real limits with a message a person understands. */
const typed = z.string().max(2000);

export const userCreateInput = z.object({ name: typed, email: typed, role: z.enum(USER_ROLES) }).strict();
export type UserCreateInput = z.infer<typeof userCreateInput>;

export const userUpdateInput = z
  .object({ id: recordId, name: typed.optional(), email: typed.optional(), role: z.enum(USER_ROLES).optional() })
  .strict();
export type UserUpdateInput = z.infer<typeof userUpdateInput>;

export const userIdInput = z.object({ id: recordId }).strict();

export const setCurrentUserInput = z.object({ userId: recordId }).strict();

export const teamCreateInput = z.object({ name: typed, description: typed.optional() }).strict();
export type TeamCreateInput = z.infer<typeof teamCreateInput>;

export const teamUpdateInput = z
  .object({ id: recordId, name: typed.optional(), description: typed.nullable().optional() })
  .strict();
export type TeamUpdateInput = z.infer<typeof teamUpdateInput>;

export const teamIdInput = z.object({ id: recordId }).strict();

export const teamMemberInput = z.object({ teamId: recordId, userId: recordId }).strict();

export const assignInput = z.object({ entity: entityName, id: recordId, ownerId: recordId }).strict();

export const principalRef = z.object({ type: z.enum(PRINCIPAL_TYPES), id: recordId }).strict();

/** At most this many users and teams in one share. */
export const MAX_SHARE_PRINCIPALS = 50;

export const shareInput = z
  .object({
    entity: entityName,
    id: recordId,
    principals: z.array(principalRef).min(1).max(MAX_SHARE_PRINCIPALS),
    access: z.enum(SHARE_ACCESS),
  })
  .strict();

export const unshareInput = z.object({ entity: entityName, id: recordId, principal: principalRef }).strict();

export const sharesInput = z.object({ entity: entityName, id: recordId }).strict();

export interface TeamSummary {
  readonly id: string;
  readonly name: string;
  readonly description: string | null;
  /** Active and deactivated members, by name. */
  readonly members: readonly LookupRef[];
}

export interface Principal {
  readonly type: PrincipalType;
  readonly id: string;
  readonly name: string;
}

/** One user or team a record is shared with. */
export interface RecordShare {
  readonly principal: Principal;
  readonly access: ShareAccess;
  readonly sharedBy: LookupRef;
  readonly sharedAt: string;
}
