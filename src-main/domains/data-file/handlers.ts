import { listBackups } from '../../db';
import type { HandlerRegistry } from '../../backend/registry';
import { appInfo, appState } from '../app/app-info';

/** Backups of the data file and starting over; they work while the file is unreadable, which is when they matter most. */
export function registerDataFileHandlers(registry: HandlerRegistry): void {
  registry.register('db.backups', (_input, ctx) => listBackups(ctx.dataDir), { whenUnreadable: true });

  registry.register(
    'db.restoreBackup',
    async (input, ctx) => {
      await ctx.session.restore(input.file);
      ctx.events.emit('app-state-changed', { state: appState(ctx) });
      return appInfo(ctx);
    },
    { whenUnreadable: true },
  );

  registry.register(
    'db.startOver',
    async (_input, ctx) => {
      await ctx.session.startOver();
      ctx.events.emit('app-state-changed', { state: appState(ctx) });
      return appInfo(ctx);
    },
    { whenUnreadable: true },
  );
}
