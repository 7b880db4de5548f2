import { useEffect, useState } from 'react';
import { Badge, Button, Code, Group, Paper, Select, Table, Text, Title } from '@mantine/core';
import { IconEye, IconEyeOff, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type CustomFieldDefinition, type Customizations } from '../../src-shared/customization';
import { ENTITIES, getEntity } from '../../src-shared/entities';
import { useApi } from '../api';
import { useAppInfo } from '../app/AppInfoContext';
import { notifyError } from '../app/errors';
import { useUiStore } from '../stores/ui-store';
import { ActivityTypesPanel } from './ActivityTypesPanel';
import { ChoiceListsPanel } from './ChoiceListsPanel';
import { AddFieldDialog } from './AddFieldDialog';
import { labelOf } from './labels';
import classes from './Customization.module.css';

/** Settings › Customization: custom fields per record type (add, hide, show again), custom activity types and choice lists. */
export function CustomizationSettings() {
  const api = useApi();
  const { t } = useTranslation();
  const { info } = useAppInfo();
  const [custom, setCustom] = useState<Customizations | null>(null);
  const [entityName, setEntityName] = useState<string>(ENTITIES[0]?.name ?? 'account');
  const [adding, setAdding] = useState(false);
  const isAdministrator = info.currentUser?.role === 'administrator';

  useEffect(() => {
    let live = true;
    api.call('customization.get', {}).then((c) => live && setCustom(c), notifyError);
    return () => {
      live = false;
    };
  }, [api]);

  async function setHidden(field: CustomFieldDefinition, hidden: boolean) {
    try {
      setCustom(await api.call('customization.setFieldHidden', { id: field.id, hidden }));
    } catch (error) {
      notifyError(error);
    }
  }

  const entity = getEntity(entityName);
  const fields = custom?.fields.filter((f) => f.entity === entityName) ?? [];
  return (
    <>
      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="customization-title">
        <Group justify="space-between" align="flex-start" mb="xs" wrap="nowrap">
          <div>
            <Title order={3} size="h5" id="customization-title">
              {t('customization.title')}
            </Title>
            <Text size="sm" c="dimmed" mt={4}>
              {t('customization.intro')}
            </Text>
          </div>
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setAdding(true)}
            disabled={!isAdministrator || !custom}
            title={isAdministrator ? undefined : t('customization.admin_only')}
            className={classes.noShrink}
          >
            {t('customization.add_field')}
          </Button>
        </Group>
        {/* A list, not buttons side by side: there are too many record types for one row. */}
        <Select
          label={t('customization.record_type')}
          value={entityName}
          onChange={(value) => value && setEntityName(value)}
          data={ENTITIES.map((e) => ({ value: e.name, label: t(e.pluralLabel) }))}
          allowDeselect={false}
          searchable
          maw={320}
          mt="sm"
          mb="md"
        />
        {fields.length === 0 ? (
          <Text size="sm" c="dimmed" py="md">
            {t('customization.no_fields')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table
              verticalSpacing="xs"
              highlightOnHover
              aria-label={t('customization.fields_of', { entity: t(entity.pluralLabel) })}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('customization.field_label')}</Table.Th>
                  <Table.Th>{t('customization.column_name')}</Table.Th>
                  <Table.Th>{t('customization.column_type')}</Table.Th>
                  <Table.Th>{t('customization.column_options')}</Table.Th>
                  <Table.Th>{t('customization.column_status')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {fields.map((field) => (
                  <FieldRow
                    key={field.id}
                    field={field}
                    onHidden={(h) => void setHidden(field, h)}
                    disabled={!isAdministrator}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <Text size="xs" c="dimmed" mt="sm">
          {t('customization.hide_note')}
        </Text>
      </Paper>
      {custom && <ActivityTypesPanel types={custom.activityTypes} onSaved={setCustom} disabled={!isAdministrator} />}
      {custom && <ChoiceListsPanel custom={custom} onSaved={setCustom} disabled={!isAdministrator} />}
      {adding && custom && (
        <AddFieldDialog entity={entity} activityTypes={custom.activityTypes} onClose={() => setAdding(false)} />
      )}
    </>
  );
}

function FieldRow({
  field,
  onHidden,
  disabled,
}: {
  field: CustomFieldDefinition;
  onHidden(hidden: boolean): void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const language = useUiStore((s) => s.language);
  const label = labelOf(field.labels, language);
  const options = [
    field.required && t('customization.required'),
    field.searchable && t('customization.searchable_short'),
    field.inList && t('customization.in_list_short'),
    field.importantDate && t('customization.important_date_short'),
    field.choices.length > 0 && field.choices.map((c) => labelOf(c.labels, language)).join(', '),
    field.target && t(getEntity(field.target).label),
  ].filter((o): o is string => typeof o === 'string');
  return (
    <Table.Tr className={field.hidden ? classes.hiddenRow : undefined}>
      <Table.Td fw={500}>{label}</Table.Td>
      <Table.Td>
        <Code dir="ltr">{field.name}</Code>
      </Table.Td>
      <Table.Td>{t(`customization.type.${field.type}`)}</Table.Td>
      <Table.Td>
        <Text size="sm" c="dimmed" lineClamp={2}>
          {options.join(' · ')}
        </Text>
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color={field.hidden ? 'gray' : 'teal'}>
          {field.hidden ? t('customization.hidden') : t('customization.visible')}
        </Badge>
      </Table.Td>
      <Table.Td ta="end">
        <Button
          size="xs"
          variant="subtle"
          color={field.hidden ? 'blue' : 'gray'}
          leftSection={field.hidden ? <IconEye size={14} /> : <IconEyeOff size={14} />}
          onClick={() => onHidden(!field.hidden)}
          disabled={disabled}
          aria-label={
            field.hidden
              ? t('customization.show_field', { name: label })
              : t('customization.hide_field', { name: label })
          }
        >
          {field.hidden ? t('customization.show') : t('customization.hide')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}
