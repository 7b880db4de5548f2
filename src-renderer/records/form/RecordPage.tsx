import { useCallback } from 'react';
import { Alert, Badge, Button, Center, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { modals } from '@mantine/modals';
import { IconAlertTriangle, IconHistory, IconListDetails } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { getEntity, type EntityDef, type WorkArea } from '../../../src-shared/entities';
import { displayNameOf } from '../../../src-shared/rules/records';
import { errorText, notifySuccess } from '../../app/errors';
import { EntityIcon } from '../../app/icons';
import { navigate } from '../../app/navigation';
import { entityText } from '../entity-text';
import { HistoryPanel } from '../history/HistoryPanel';
import { RelatedList } from '../related/RelatedList';
import { CommandBar } from './CommandBar';
import { FormSections } from './FormSections';
import classes from './RecordPage.module.css';
import { useRecordForm, type FormTarget } from './useRecordForm';

interface RecordPageProps {
  readonly area: WorkArea;
  readonly entity: EntityDef;
  readonly target: FormTarget;
}

/** The metadata-driven record form: command bar, header, fields by section, related lists, history. */
export function RecordPage({ area, entity, target }: RecordPageProps) {
  const { t } = useTranslation();
  const form = useRecordForm(entity, target);
  const list = { kind: 'list' as const, area, entity };

  const save = useCallback(async () => {
    const saved = await form.save();
    if (!saved) {
      revealFirstError();
      return null;
    }
    notifySuccess(t('form.saved', { name: saved.display_name }));
    if (form.mode === 'create')
      navigate({ kind: 'record', area, entity, id: saved.id }, { replace: true, force: true });
    return saved;
  }, [form, t, area, entity]);

  useHotkeys([['mod+S', () => void save()]], []);

  async function saveAndClose() {
    if (await save()) navigate(list, { force: true });
  }

  function confirmDelete() {
    const name = form.record?.display_name ?? '';
    modals.openConfirmModal({
      title: t('form.delete_title'),
      children: <Text>{t('form.delete_text', { name })}</Text>,
      labels: { confirm: t('form.delete'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        if (await form.remove()) {
          notifySuccess(t('form.deleted', { name }));
          navigate(list, { force: true });
        }
      },
    });
  }

  if (form.status === 'loading') {
    return (
      <Center h="60vh">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (form.status === 'failed') {
    return (
      <Stack p="xl" maw={640}>
        <Alert color="red" icon={<IconAlertTriangle />} title={t('form.load_failed')}>
          {errorText(t, form.loadError)}
        </Alert>
        <Button variant="default" w="fit-content" onClick={() => navigate(list)}>
          {t('form.back_to', { list: t(entity.pluralLabel) })}
        </Button>
      </Stack>
    );
  }

  const title =
    form.mode === 'create'
      ? displayNameOf(entity, form.draft) || entityText(t, entity, 'new')
      : form.record?.display_name || displayNameOf(entity, form.draft);

  return (
    <div className={classes.page}>
      <CommandBar
        canDelete={form.mode === 'update'}
        saving={form.saving}
        dirty={form.dirty}
        backLabel={t('form.back_to', { list: t(entity.pluralLabel) })}
        onSave={() => void save()}
        onSaveClose={() => void saveAndClose()}
        onNew={() => navigate({ kind: 'new', area, entity, prefill: {} })}
        onDelete={confirmDelete}
        onClose={() => navigate(list)}
      />
      <div className={classes.body}>
        <Group gap="md" wrap="nowrap" className={classes.header}>
          <div className={classes.headerIcon}>
            <EntityIcon name={entity.icon} size={26} />
          </div>
          <div>
            <Title order={2} className={classes.title}>
              {title}
            </Title>
            <Group gap="xs">
              <Text c="dimmed" size="sm">
                {t(entity.label)}
              </Text>
              {form.mode === 'create' && (
                <Badge variant="light" size="sm">
                  {t('form.not_saved_yet')}
                </Badge>
              )}
            </Group>
          </div>
        </Group>
        <Tabs defaultValue="general" keepMounted={false} className={classes.tabs}>
          <Tabs.List>
            <Tabs.Tab value="general" leftSection={<IconListDetails size={16} />}>
              {t('form.tab_general')}
            </Tabs.Tab>
            {form.record &&
              entity.relatedLists.map((rel) => (
                <Tabs.Tab
                  key={rel.label}
                  value={`related:${rel.entity}:${rel.via}`}
                  leftSection={<EntityIcon name={getEntity(rel.entity).icon} size={16} />}
                >
                  {t(rel.label)}
                </Tabs.Tab>
              ))}
            {form.record && (
              <Tabs.Tab value="history" leftSection={<IconHistory size={16} />}>
                {t('form.tab_history')}
              </Tabs.Tab>
            )}
          </Tabs.List>
          <Tabs.Panel value="general" pt="lg">
            <FormSections entity={entity} form={form} />
          </Tabs.Panel>
          {form.record &&
            entity.relatedLists.map((rel) => (
              <Tabs.Panel key={rel.label} value={`related:${rel.entity}:${rel.via}`} pt="lg">
                <RelatedList area={area} parentId={form.record?.id ?? ''} relation={rel} />
              </Tabs.Panel>
            ))}
          {form.record && (
            <Tabs.Panel value="history" pt="lg">
              <HistoryPanel entity={entity} id={form.record.id} />
            </Tabs.Panel>
          )}
        </Tabs>
      </div>
    </div>
  );
}

function revealFirstError() {
  requestAnimationFrame(() => {
    const invalid = document.querySelector<HTMLElement>('[aria-invalid="true"]');
    invalid?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  });
}
