import type { HandlerRegistry } from '../../backend/registry';
import { notFound } from '../records/load-row';
import { dismissReminder, snoozeReminder } from './reminders';
import { timeReport, timeSpentOn } from './time-spent';

export function registerActivityHandlers(registry: HandlerRegistry): void {
  registry.register('activities.timeSpent', (input, ctx) =>
    timeSpentOn(ctx.session.store().db, input.entity, input.id),
  );

  registry.register('activities.timeReport', (input, ctx) =>
    timeReport(ctx.session.store().db, input.groupBy, input.from, input.to),
  );

  registry.register('reminders.due', (_input, ctx) => ctx.session.store().reminders.check());

  registry.register('reminders.snooze', (input, ctx) => {
    const store = ctx.session.store();
    if (!snoozeReminder(store.db, input.activityId, input.minutes, ctx.now()))
      throw notFound('activity', input.activityId);
    return store.reminders.check();
  });

  registry.register('reminders.dismiss', (input, ctx) => {
    const store = ctx.session.store();
    if (!dismissReminder(store.db, input.activityId, ctx.now())) throw notFound('activity', input.activityId);
    return store.reminders.check();
  });
}
