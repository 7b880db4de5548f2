import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntityDef } from '../../../src-shared/entities';
import type { Criteria } from '../../../src-shared/query';
import { useUiStore } from '../../stores/ui-store';
import { AdvancedFind } from '../find/AdvancedFind';
import { queryClock } from './query-clock';
import { useExport } from './useExport';
import type { ListView } from './useListView';
import { ViewBar } from './ViewBar';
import { hasConditions, viewName } from './view-state';

/** The view bar above a list, with advanced find and CSV export of what the list shows. */
export function ListViewControls({ entity, listView }: { entity: EntityDef; listView: ListView }) {
  const { t } = useTranslation();
  const setColumns = useUiStore((s) => s.setColumns);
  const setCriteria = useUiStore((s) => s.setCriteria);
  const quickFind = useUiStore((s) => s.lists[entity.name]?.quickFind ?? '');
  const startExport = useExport();
  const [finding, setFinding] = useState(false);
  const [saveAsRequest, setSaveAsRequest] = useState<{ criteria: Criteria } | null>(null);
  const { view, shown } = listView;
  if (!view) return null;
  const name = viewName(view, t);

  return (
    <>
      <ViewBar
        entity={entity}
        views={listView.views}
        view={view}
        shown={shown}
        modified={listView.modified}
        onChooseView={listView.choose}
        onSaved={listView.reloadAndShow}
        onColumns={(columns) => setColumns(entity.name, columns)}
        onAdvancedFind={() => setFinding(true)}
        onExport={() =>
          void startExport(
            {
              entity: entity.name,
              columns: [...shown.columns],
              sort: shown.sort,
              ...(hasConditions(shown.criteria) ? { criteria: shown.criteria, ...queryClock() } : {}),
              ...(quickFind.trim() ? { quickFind: quickFind.trim() } : {}),
              fileName: name,
            },
            name,
          )
        }
        saveAsRequest={saveAsRequest}
        onSaveAsDone={() => setSaveAsRequest(null)}
      />
      <AdvancedFind
        entity={entity}
        opened={finding}
        criteria={shown.criteria}
        onClose={() => setFinding(false)}
        onApply={(criteria) => {
          setCriteria(entity.name, criteria);
          setFinding(false);
        }}
        onSaveAsView={(criteria) => {
          setCriteria(entity.name, criteria);
          setFinding(false);
          setSaveAsRequest({ criteria });
        }}
      />
    </>
  );
}
