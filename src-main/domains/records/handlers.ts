import type { HandlerRegistry } from '../../backend/registry';
import { listCriteriaContext } from './criteria-env';
import { listDeleted } from './deleted-records';
import { findByText } from './find-by-text';
import { getRecord } from './get-record';
import { listRecords } from './list-records';
import { mutateRecord } from './mutate-record';
import { recordHistory } from './record-history';

export const DEFAULT_LOOKUP_LIMIT = 10;

export function registerRecordHandlers(registry: HandlerRegistry): void {
  registry.register('records.list', (input, ctx) => {
    const store = ctx.session.store();
    return listRecords(store.db, input, listCriteriaContext(store, ctx.now(), input));
  });

  registry.register('records.get', (input, ctx) => getRecord(ctx.session.store().db, input.entity, input.id));

  registry.register('records.create', (input, ctx) => {
    const store = ctx.session.store();
    const { id } = mutateRecord(store.writer, { op: 'create', entity: input.entity, values: input.values });
    return getRecord(store.db, input.entity, id);
  });

  registry.register('records.update', (input, ctx) => {
    const store = ctx.session.store();
    mutateRecord(store.writer, { op: 'update', entity: input.entity, id: input.id, values: input.values });
    return getRecord(store.db, input.entity, input.id);
  });

  registry.register('records.delete', (input, ctx) => {
    mutateRecord(ctx.session.store().writer, { op: 'delete', entity: input.entity, id: input.id });
    return { id: input.id };
  });

  registry.register('records.restore', (input, ctx) => {
    const store = ctx.session.store();
    mutateRecord(store.writer, { op: 'restore', entity: input.entity, id: input.id });
    return getRecord(store.db, input.entity, input.id);
  });

  registry.register('records.deleted', (input, ctx) => listDeleted(ctx.session.store().db, input.entity, input.limit));

  registry.register('records.lookup', (input, ctx) =>
    findByText(ctx.session.store().db, input.entity, input.text, input.limit ?? DEFAULT_LOOKUP_LIMIT, input.where),
  );

  registry.register('records.history', (input, ctx) => recordHistory(ctx.session.store().db, input.entity, input.id));
}
