import { useCallback, useEffect, useMemo, useState } from 'react';
import type { EntityDef } from '../../../src-shared/entities';
import type { ViewDefinition } from '../../../src-shared/views/view-definition';
import { systemViewsOf } from '../../../src-shared/views/system-views';
import { useApi } from '../../api';

export interface ViewsState {
  /** Built-in views at once; system and personal ones once loaded. */
  readonly views: readonly ViewDefinition[];
  /** False until the saved views have arrived. */
  readonly loaded: boolean;
  reload(): Promise<readonly ViewDefinition[]>;
}

/**
 * The views of a record type. The built-in ones come from metadata, so the
 * default view (and the list's first page) need not wait for the backend;
 * saved ones follow, and are re-read when any window saves a view.
 */
export function useViews(entity: EntityDef): ViewsState {
  const api = useApi();
  const builtin = useMemo(() => systemViewsOf(entity), [entity]);
  const [saved, setSaved] = useState<{ entity: string; views: readonly ViewDefinition[] } | null>(null);

  const reload = useCallback(async () => {
    const all = await api.call('views.list', { entity: entity.name });
    setSaved({ entity: entity.name, views: all });
    return all;
  }, [api, entity.name]);

  useEffect(() => {
    let live = true;
    api.call('views.list', { entity: entity.name }).then(
      (all) => live && setSaved({ entity: entity.name, views: all }),
      () => live && setSaved({ entity: entity.name, views: builtin }),
    );
    const stop = api.on('records-changed', (event) => {
      if (event.entities.includes('saved_view')) void reload().catch(() => undefined);
    });
    return () => {
      live = false;
      stop();
    };
  }, [api, entity.name, builtin, reload]);

  const current = saved?.entity === entity.name ? saved.views : null;
  return { views: current ?? builtin, loaded: current !== null, reload };
}
