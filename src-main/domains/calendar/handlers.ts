import type { HandlerRegistry } from '../../backend/registry';
import { calendarRange } from './calendar-range';
import { findConflicts } from './conflicts';
import { moveActivity } from './move';

export function registerCalendarHandlers(registry: HandlerRegistry): void {
  registry.register('calendar.range', (input, ctx) => {
    const store = ctx.session.store();
    return calendarRange(store.db, {
      from: input.from,
      to: input.to,
      userIds: input.userIds ?? [store.writer.userId()],
      now: ctx.now(),
    });
  });

  registry.register('calendar.conflicts', (input, ctx) =>
    findConflicts(ctx.session.store().db, { ...input, now: ctx.now() }),
  );

  registry.register('calendar.move', (input, ctx) => moveActivity(ctx.session.store().writer, input));
}
