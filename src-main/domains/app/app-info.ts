import type { AppInfo, AppState } from '../../../src-shared/api';
import { schemaVersionOf } from '../../db';
import type { HandlerContext } from '../../backend/handler-context';
import { isOnboarding } from './onboarding';
import { DEFAULT_SETTINGS, readSettings } from './settings';

export function appState(ctx: HandlerContext): AppState {
  if (ctx.session.kind !== 'ready') return 'unreadable';
  return isOnboarding(ctx.session.store().db) ? 'onboarding' : 'ready';
}

export function appInfo(ctx: HandlerContext): AppInfo {
  const base = { version: ctx.appVersion, dataDir: ctx.dataDir };
  if (ctx.session.kind !== 'ready') {
    const problem = ctx.session.problem;
    return {
      ...base,
      state: 'unreadable',
      // The file's version when it could be read (a newer one), 0 when it could not.
      schemaVersion: ctx.session.unreadableSchemaVersion ?? 0,
      deviceId: null,
      currentUser: null,
      settings: DEFAULT_SETTINGS,
      problem: problem
        ? { messageKey: problem.messageKey, message: problem.message, params: problem.params }
        : { messageKey: 'error.closed', message: 'The data file is not open.' },
    };
  }
  const { db, identity } = ctx.session.store();
  const user = identity.currentUser;
  return {
    ...base,
    state: appState(ctx),
    schemaVersion: schemaVersionOf(db.raw),
    deviceId: identity.deviceId,
    currentUser: { id: user.id, name: user.name, email: user.email, role: user.role, active: user.active === 1 },
    settings: readSettings(db),
    problem: null,
  };
}
