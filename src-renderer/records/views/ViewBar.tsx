import { useState } from 'react';
import { ActionIcon, Badge, Button, Group, Menu, Select, Tooltip } from '@mantine/core';
import { modals } from '@mantine/modals';
import {
  IconArrowBackUp,
  IconDeviceFloppy,
  IconDots,
  IconFileExport,
  IconFilterSearch,
  IconPencil,
  IconPlus,
  IconTrash,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { EntityDef } from '../../../src-shared/entities';
import type { ViewScope } from '../../../src-shared/entities/saved-view';
import { countConditions, type Criteria } from '../../../src-shared/query';
import type { ViewDefinition } from '../../../src-shared/views/view-definition';
import { useApi } from '../../api';
import { useAppInfo } from '../../app/AppInfoContext';
import { notifyError, notifySuccess } from '../../app/errors';
import { ColumnChooser } from './ColumnChooser';
import { ViewNameModal } from './ViewNameModal';
import type { EffectiveView } from './view-state';
import { viewName } from './view-state';
import classes from './ViewBar.module.css';

interface ViewBarProps {
  readonly entity: EntityDef;
  readonly views: readonly ViewDefinition[];
  readonly view: ViewDefinition;
  /** What the list shows, column filters folded into the criteria. */
  readonly shown: EffectiveView;
  readonly modified: boolean;
  onChooseView(view: ViewDefinition): void;
  /** Re-reads the views after a save and shows `id` (or the default view when null). */
  onSaved(id: string | null): Promise<void>;
  onColumns(columns: readonly string[]): void;
  onAdvancedFind(): void;
  onExport(): void;
  /** Opens "Save as new view" for criteria other than those shown (from advanced find). */
  readonly saveAsRequest: { readonly criteria: Criteria } | null;
  onSaveAsDone(): void;
}

/**
 * The list's view commands: choose a view (system views, then the user's
 * own), save the changes to it or as a new view, rename, delete, discard;
 * columns, advanced find and export to CSV.
 */
export function ViewBar(props: ViewBarProps) {
  const { entity, views, view, shown, modified } = props;
  const { t } = useTranslation();
  const api = useApi();
  const { info } = useAppInfo();
  const admin = info.currentUser?.role === 'administrator';
  const [naming, setNaming] = useState<'save-as' | 'rename' | null>(null);
  const ownView = view.kind === 'personal' || (view.kind === 'system' && admin);
  const name = viewName(view, t);
  const conditions = countConditions(shown.criteria);
  const saveAsOpen = naming === 'save-as' || props.saveAsRequest !== null;

  const system = views.filter((v) => v.kind !== 'personal');
  const personal = views.filter((v) => v.kind === 'personal');
  const option = (v: ViewDefinition) => ({ value: v.id, label: viewName(v, t) });
  const data = [
    { group: t('views.system'), items: system.map(option) },
    ...(personal.length > 0 ? [{ group: t('views.personal'), items: personal.map(option) }] : []),
  ];

  const content = (criteria: Criteria) => ({
    entity: entity.name,
    columns: [...shown.columns],
    sort: shown.sort,
    criteria,
  });

  async function saveChanges() {
    try {
      const saved = await api.call('views.save', { ...content(shown.criteria), id: view.id, name: view.name });
      await props.onSaved(saved.id);
      notifySuccess(t('views.saved', { name: saved.name }));
    } catch (error) {
      notifyError(error);
    }
  }

  async function saveAs(newName: string, scope: ViewScope) {
    const criteria = props.saveAsRequest?.criteria ?? shown.criteria;
    const saved = await api.call('views.save', { ...content(criteria), name: newName, scope });
    await props.onSaved(saved.id);
    notifySuccess(t('views.saved', { name: saved.name }));
  }

  async function rename(newName: string) {
    const renamed = await api.call('views.rename', { id: view.id, name: newName });
    await props.onSaved(renamed.id);
    notifySuccess(t('views.renamed', { name: renamed.name }));
  }

  function confirmDelete() {
    modals.openConfirmModal({
      title: t('views.delete_title'),
      children: t('views.delete_text', { name }),
      labels: { confirm: t('views.delete'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        api.call('views.delete', { id: view.id }).then(
          () => props.onSaved(null).then(() => notifySuccess(t('views.deleted', { name }))),
          (error: unknown) => notifyError(error),
        );
      },
    });
  }

  return (
    <Group justify="space-between" gap="sm" wrap="wrap" className={classes.bar}>
      <Group gap="xs" wrap="nowrap" className={classes.viewGroup}>
        <Select
          aria-label={t('views.label')}
          data={data}
          value={view.id}
          onChange={(id) => {
            const next = views.find((v) => v.id === id);
            if (next) props.onChooseView(next);
          }}
          allowDeselect={false}
          searchable={views.length > 8}
          className={classes.viewSelect}
          classNames={{ input: classes.viewInput }}
          maxDropdownHeight={400}
          comboboxProps={{ width: 320, position: 'bottom-start' }}
        />
        {modified && (
          <Badge variant="light" color="orange" className={classes.modified}>
            {t('views.modified')}
          </Badge>
        )}
        {/* One save command in reach: over the user's own view, or else as a new one (both are in the menu). */}
        {modified &&
          (ownView ? (
            <Button
              size="sm"
              variant="light"
              leftSection={<IconDeviceFloppy size={16} />}
              onClick={() => void saveChanges()}
            >
              {t('views.save')}
            </Button>
          ) : (
            <Button size="sm" variant="light" leftSection={<IconPlus size={16} />} onClick={() => setNaming('save-as')}>
              {t('views.save_as')}
            </Button>
          ))}
        <Menu position="bottom-start" shadow="md" withinPortal>
          <Menu.Target>
            <Tooltip label={t('views.actions')} withArrow>
              <ActionIcon variant="subtle" color="gray" size="lg" aria-label={t('views.actions')}>
                <IconDots size={18} />
              </ActionIcon>
            </Tooltip>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item
              leftSection={<IconDeviceFloppy size={16} />}
              disabled={!modified || !ownView}
              onClick={() => void saveChanges()}
            >
              {t('views.save')}
            </Menu.Item>
            <Menu.Item leftSection={<IconPlus size={16} />} onClick={() => setNaming('save-as')}>
              {t('views.save_as')}
            </Menu.Item>
            <Menu.Item leftSection={<IconPencil size={16} />} disabled={!ownView} onClick={() => setNaming('rename')}>
              {t('views.rename')}
            </Menu.Item>
            <Menu.Item
              leftSection={<IconArrowBackUp size={16} />}
              disabled={!modified}
              onClick={() => props.onChooseView(view)}
            >
              {t('views.discard')}
            </Menu.Item>
            <Menu.Divider />
            <Menu.Item color="red" leftSection={<IconTrash size={16} />} disabled={!ownView} onClick={confirmDelete}>
              {t('views.delete')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
      <Group gap="xs" wrap="nowrap">
        <ColumnChooser entity={entity} columns={shown.columns} onApply={props.onColumns} />
        <Button
          size="sm"
          variant="default"
          leftSection={<IconFilterSearch size={16} />}
          rightSection={
            conditions > 0 ? (
              <Badge size="sm" circle aria-label={t('views.criteria_count', { count: conditions })}>
                {conditions}
              </Badge>
            ) : undefined
          }
          onClick={props.onAdvancedFind}
        >
          {t('find.open')}
        </Button>
        <Button size="sm" variant="default" leftSection={<IconFileExport size={16} />} onClick={props.onExport}>
          {t('export.button')}
        </Button>
      </Group>
      <ViewNameModal
        opened={saveAsOpen}
        title={t('views.save_title')}
        initialName={props.saveAsRequest ? '' : view.kind === 'builtin' ? '' : name}
        offerScope={admin}
        onClose={() => {
          setNaming(null);
          props.onSaveAsDone();
        }}
        onSubmit={saveAs}
      />
      <ViewNameModal
        opened={naming === 'rename'}
        title={t('views.rename_title')}
        initialName={name}
        offerScope={false}
        onClose={() => setNaming(null)}
        onSubmit={(newName) => rename(newName)}
      />
    </Group>
  );
}
