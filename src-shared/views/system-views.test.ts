import { describe, expect, it } from 'vitest';
import { ENTITIES, getEntity, getField, INTERNAL_RECORD_TYPES } from '../entities';
import { CATALOGS, messageAt } from '../i18n';
import { validateCriteria } from '../query';
import { declaredViewEntities, systemViewsOf } from './system-views';

describe('system views', () => {
  it('are declared only for real record types, and every one fits its metadata', () => {
    for (const name of declaredViewEntities()) expect(ENTITIES.map((e) => e.name)).toContain(name);
    for (const entity of ENTITIES) {
      const views = systemViewsOf(entity);
      expect(views.length, entity.name).toBeGreaterThan(0);
      expect(new Set(views.map((v) => v.id)).size).toBe(views.length);
      for (const view of views) {
        expect(validateCriteria(view.criteria, entity).issues, view.id).toEqual([]);
        for (const column of view.columns) expect(getField(entity, column), `${view.id} ${column}`).toBeDefined();
        expect(view.sort.field === 'display_name' || getField(entity, view.sort.field)?.sortable, view.id).toBeTruthy();
        for (const catalog of Object.values(CATALOGS))
          expect(messageAt(catalog, view.nameKey ?? ''), view.id).toBeTruthy();
      }
    }
  });

  it('give a record type without declarations one default view of everything', () => {
    const [only] = systemViewsOf({ ...getEntity('account'), name: 'widget' });
    expect(only).toMatchObject({ id: 'builtin:widget:all', nameKey: 'views.default_name', criteria: { items: [] } });
  });

  it('name the saved view record type in every language', () => {
    for (const entity of INTERNAL_RECORD_TYPES) {
      const keys = [entity.label, entity.pluralLabel, ...entity.fields.map((f) => f.label)];
      for (const field of entity.fields)
        if (field.type === 'choice') keys.push(...field.choices.map((c) => `choice.${field.choiceSet}.${c}`));
      for (const catalog of Object.values(CATALOGS))
        for (const key of keys) expect(messageAt(catalog, key), key).toBeTruthy();
    }
  });
});
