import type { HandlerContext } from '../../backend/handler-context';
import type { HandlerRegistry } from '../../backend/registry';
import { appInfo } from '../app/app-info';
import { getRecord } from '../records/get-record';
import { assignRecord } from './assign-record';
import { setCurrentUser } from './current-user';
import { recordShares, shareRecord, unshareRecord } from './record-shares';
import { addTeamMember, createTeam, deleteTeam, listTeams, removeTeamMember, updateTeam } from './teams';
import { createUser, listUsers, setUserActive, updateUser } from './users';

/** Tells every window that users, teams or the current user changed (header, owner pickers, "My" views). */
function announce<T>(ctx: HandlerContext, value: T): T {
  ctx.events.emit('users-changed', { currentUserId: ctx.session.store().identity.currentUser.id });
  return value;
}

export function registerUserHandlers(registry: HandlerRegistry): void {
  registry.register('users.list', (_input, ctx) => listUsers(ctx.session.store().db));
  registry.register('users.create', (input, ctx) => announce(ctx, createUser(ctx.session.store(), input)));
  registry.register('users.update', (input, ctx) => announce(ctx, updateUser(ctx.session.store(), input)));
  registry.register('users.deactivate', (input, ctx) =>
    announce(ctx, setUserActive(ctx.session.store(), input.id, false)),
  );
  registry.register('users.activate', (input, ctx) =>
    announce(ctx, setUserActive(ctx.session.store(), input.id, true)),
  );

  registry.register('session.setCurrentUser', (input, ctx) => {
    setCurrentUser(ctx.session.store(), input.userId);
    return announce(ctx, appInfo(ctx));
  });

  registry.register('teams.list', (_input, ctx) => listTeams(ctx.session.store().db));
  registry.register('teams.create', (input, ctx) => announce(ctx, createTeam(ctx.session.store(), input)));
  registry.register('teams.update', (input, ctx) => announce(ctx, updateTeam(ctx.session.store(), input)));
  registry.register('teams.delete', (input, ctx) => announce(ctx, deleteTeam(ctx.session.store(), input.id)));
  registry.register('teams.addMember', (input, ctx) =>
    announce(ctx, addTeamMember(ctx.session.store(), input.teamId, input.userId)),
  );
  registry.register('teams.removeMember', (input, ctx) =>
    announce(ctx, removeTeamMember(ctx.session.store(), input.teamId, input.userId)),
  );

  registry.register('records.assign', (input, ctx) => {
    const store = ctx.session.store();
    assignRecord(store, input.entity, input.id, input.ownerId);
    return getRecord(store.db, input.entity, input.id);
  });
  registry.register('records.share', (input, ctx) =>
    shareRecord(ctx.session.store(), input.entity, input.id, input.principals, input.access),
  );
  registry.register('records.unshare', (input, ctx) =>
    unshareRecord(ctx.session.store(), input.entity, input.id, input.principal.id),
  );
  registry.register('records.shares', (input, ctx) => recordShares(ctx.session.store().db, input.entity, input.id));
}
