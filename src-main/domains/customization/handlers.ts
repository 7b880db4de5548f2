import type { HandlerRegistry } from '../../backend/registry';
import type { HandlerContext } from '../../backend/handler-context';
import { schemaGeneration } from '../../../src-shared/customization';
import { addCustomField, saveActivityType, setCustomFieldHidden, type SchemaContext } from './change-schema';
import { saveChoiceList } from './choice-lists';
import { readCustomizations } from './definitions';
import { DEFAULT_UPCOMING_DAYS, upcomingDates } from './upcoming-dates';

function schemaContext(ctx: HandlerContext): SchemaContext {
  const store = ctx.session.store();
  return {
    writer: store.writer,
    isAdministrator: store.identity.currentUser.role === 'administrator',
    onChanged: () => ctx.events.emit('schema-changed', { generation: schemaGeneration() }),
  };
}

export function registerCustomizationHandlers(registry: HandlerRegistry): void {
  registry.register('customization.get', (_input, ctx) => readCustomizations(ctx.session.store().db));
  registry.register('customization.addField', (input, ctx) => addCustomField(schemaContext(ctx), input));
  registry.register('customization.setFieldHidden', (input, ctx) =>
    setCustomFieldHidden(schemaContext(ctx), input.id, input.hidden),
  );
  registry.register('customization.saveActivityType', (input, ctx) => saveActivityType(schemaContext(ctx), input));
  registry.register('customization.saveChoiceList', (input, ctx) => saveChoiceList(schemaContext(ctx), input));
  registry.register('contacts.upcomingDates', (input, ctx) =>
    upcomingDates(ctx.session.store().db, ctx.now(), input.days ?? DEFAULT_UPCOMING_DAYS, input.timeZone ?? 'UTC'),
  );
}
