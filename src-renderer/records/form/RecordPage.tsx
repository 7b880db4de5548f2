import { useCallback } from 'react';
import { Alert, Badge, Button, Center, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { modals } from '@mantine/modals';
import { IconAlertTriangle, IconHistory, IconListDetails, IconTimeline } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { RecordValues } from '../../../src-shared/api';
import { getEntity, getField, type EntityDef, type WorkArea } from '../../../src-shared/entities';
import { displayNameOf } from '../../../src-shared/rules/records';
import { errorText, notifySuccess } from '../../app/errors';
import { EntityIcon } from '../../app/icons';
import { navigate } from '../../app/navigation';
import { recordIconOf } from '../entity-icon';
import { choiceKey } from '../fields/display';
import { useDuplicates } from '../duplicates/useDuplicates';
import { entityText } from '../entity-text';
import { HistoryPanel } from '../history/HistoryPanel';
import { RelatedList } from '../related/RelatedList';
import { TimelinePanel } from '../../timeline/TimelinePanel';
import { useAppointmentConflicts } from '../../calendar/useAppointmentConflicts';
import { CommandBar } from './CommandBar';
import { formExtensionsOf } from './extensions';
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
  const duplicates = useDuplicates(area, entity, form);
  const conflicts = useAppointmentConflicts(entity, form);
  const list = { kind: 'list' as const, area, entity };
  const extensions = formExtensionsOf(entity);
  const locked = extensions.some((x) => x.locked?.(form) === true);
  const tabs = extensions.flatMap((x) => x.tabs ?? []);
  const extension = { area, entity, form };
  // Related lists that apply to this record (a series' occurrences only on a series).
  const related = entity.relatedLists.filter(
    (rel) => !rel.appliesTo || rel.appliesTo.values.includes(String(form.record?.values[rel.appliesTo.field] ?? '')),
  );

  const save = useCallback(
    async (closing = false) => {
      const check = await duplicates.confirmSave(closing);
      if (!check.proceed) return null;
      // Someone double-booked: the user saves anyway or goes back (nothing saved).
      if (!(await conflicts.confirmSave())) return null;
      const saved = await form.save();
      if (!saved) {
        revealFirstError();
        return null;
      }
      notifySuccess(t('form.saved', { name: saved.display_name }));
      check.afterSave?.(saved);
      if (form.mode === 'create')
        navigate({ kind: 'record', area, entity, id: saved.id }, { replace: true, force: true });
      return saved;
    },
    [form, duplicates, conflicts, t, area, entity],
  );

  useHotkeys([['mod+S', () => !locked && void save()]], []);

  async function saveAndClose() {
    if (await save(true)) navigate(list, { force: true });
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
      ? displayNameOf(entity, form.draft) ||
        extensions.map((x) => x.newTitle?.(t, form)).find(Boolean) ||
        entityText(t, entity, 'new')
      : form.record?.display_name || displayNameOf(entity, form.draft);

  return (
    <div className={classes.page}>
      {duplicates.dialogs}
      {conflicts.dialog}
      <CommandBar
        canDelete={form.mode === 'update'}
        saving={form.saving}
        dirty={form.dirty}
        backLabel={t('form.back_to', { list: t(entity.pluralLabel) })}
        locked={locked}
        extra={extensions.map((x, i) => x.Commands && <x.Commands key={i} {...extension} />)}
        onSave={() => void save()}
        onSaveClose={() => void saveAndClose()}
        onNew={() => navigate({ kind: 'new', area, entity, prefill: sameKind(entity, form.draft) })}
        onDelete={confirmDelete}
        onClose={() => navigate(list)}
      />
      <div className={classes.body}>
        <Group gap="md" wrap="nowrap" className={classes.header}>
          <div className={classes.headerIcon}>
            <EntityIcon name={recordIconOf(entity, form.draft)} size={26} />
          </div>
          <div>
            <Title order={2} className={classes.title}>
              {title}
            </Title>
            <Group gap="xs">
              <Text c="dimmed" size="sm">
                {recordKindOf(t, entity, form.draft)}
              </Text>
              {form.mode === 'create' && (
                <Badge variant="light" size="sm">
                  {t('form.not_saved_yet')}
                </Badge>
              )}
              {extensions.map((x, i) => x.HeaderExtra && <x.HeaderExtra key={i} {...extension} />)}
            </Group>
          </div>
        </Group>
        <Tabs defaultValue="general" keepMounted={false} className={classes.tabs}>
          <Tabs.List>
            <Tabs.Tab value="general" leftSection={<IconListDetails size={16} />}>
              {t('form.tab_general')}
            </Tabs.Tab>
            {form.record &&
              tabs.map((tab) => (
                <Tabs.Tab key={tab.key} value={`tab:${tab.key}`} leftSection={<tab.icon size={16} />}>
                  {t(tab.label)}
                </Tabs.Tab>
              ))}
            {form.record &&
              related.map((rel) => (
                <Tabs.Tab
                  key={rel.label}
                  value={`related:${rel.entity}:${rel.via}`}
                  leftSection={<EntityIcon name={getEntity(rel.entity).icon} size={16} />}
                >
                  {t(rel.label)}
                </Tabs.Tab>
              ))}
            {form.record && (
              <Tabs.Tab value="timeline" leftSection={<IconTimeline size={16} />}>
                {t('timeline.tab')}
              </Tabs.Tab>
            )}
            {form.record && (
              <Tabs.Tab value="history" leftSection={<IconHistory size={16} />}>
                {t('form.tab_history')}
              </Tabs.Tab>
            )}
          </Tabs.List>
          <Tabs.Panel value="general" pt="lg">
            {extensions.map((x, i) => x.Notice && <x.Notice key={i} {...extension} />)}
            <FormSections entity={entity} form={form} locked={locked} />
          </Tabs.Panel>
          {form.record &&
            tabs.map((tab) => (
              <Tabs.Panel key={tab.key} value={`tab:${tab.key}`} pt="lg">
                <tab.Panel {...extension} />
              </Tabs.Panel>
            ))}
          {form.record &&
            related.map((rel) => (
              <Tabs.Panel key={rel.label} value={`related:${rel.entity}:${rel.via}`} pt="lg">
                <RelatedList area={area} parent={entity} parentId={form.record?.id ?? ''} relation={rel} />
              </Tabs.Panel>
            ))}
          {form.record && (
            <Tabs.Panel value="timeline" pt="lg">
              <TimelinePanel area={area} record={form.record} />
            </Tabs.Panel>
          )}
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

/** A new record of the same kind as this one (another phone call), where a type field decides the kind. */
function sameKind(entity: EntityDef, values: RecordValues): Record<string, string> {
  const type = entity.typeField ? values[entity.typeField] : undefined;
  return entity.typeField && typeof type === 'string' ? { [entity.typeField]: type } : {};
}

/** "Activity · Email": the record type, and the kind within it when a type field decides that. */
function recordKindOf(t: TFunction, entity: EntityDef, values: RecordValues): string {
  const typeField = entity.typeField ? getField(entity, entity.typeField) : undefined;
  const type = typeField ? values[typeField.name] : undefined;
  if (typeField?.type !== 'choice' || typeof type !== 'string') return t(entity.label);
  return `${t(entity.label)} · ${t(choiceKey(typeField.choiceSet, type))}`;
}

function revealFirstError() {
  requestAnimationFrame(() => {
    const invalid = document.querySelector<HTMLElement>('[aria-invalid="true"]');
    invalid?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  });
}
