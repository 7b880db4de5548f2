import { useState } from 'react';
import {
  ActionIcon,
  Button,
  Checkbox,
  Code,
  Group,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type FieldIssue, type Language } from '../../src-shared/api';
import {
  ACTIVITY_TYPE_ICON_CHOICES,
  type CustomActivityType,
  type Customizations,
} from '../../src-shared/customization';
import { isApiCallError, useApi } from '../api';
import { EntityIcon } from '../app/icons';
import { notifyError, translateIssue } from '../app/errors';
import { useUiStore } from '../stores/ui-store';
import { labelOf } from './labels';
import classes from './Customization.module.css';

/** Settings › Activity types: the administrator's own kinds of activity, with a name in each language and an icon. */
export function ActivityTypesPanel({
  types,
  onSaved,
  disabled,
}: {
  types: readonly CustomActivityType[];
  onSaved(custom: Customizations): void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const language = useUiStore((s) => s.language);
  const [editing, setEditing] = useState<CustomActivityType | 'new' | null>(null);
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="activity-types-title">
      <Group justify="space-between" align="flex-start" mb="md" wrap="nowrap">
        <div>
          <Title order={3} size="h5" id="activity-types-title">
            {t('customization.activity_types.title')}
          </Title>
          <Text size="sm" c="dimmed" mt={4}>
            {t('customization.activity_types.intro')}
          </Text>
        </div>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          onClick={() => setEditing('new')}
          disabled={disabled}
          className={classes.noShrink}
        >
          {t('customization.activity_types.add')}
        </Button>
      </Group>
      {types.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('customization.activity_types.none')}
        </Text>
      ) : (
        <Table verticalSpacing="xs" aria-label={t('customization.activity_types.title')}>
          <Table.Tbody>
            {types.map((type) => {
              const label = labelOf(type.labels, language);
              return (
                <Table.Tr key={type.id} className={type.hidden ? classes.hiddenRow : undefined}>
                  <Table.Td className={classes.iconCell}>
                    <EntityIcon name={type.icon} />
                  </Table.Td>
                  <Table.Td fw={500}>{label}</Table.Td>
                  <Table.Td>
                    <Code dir="ltr">{type.value}</Code>
                  </Table.Td>
                  <Table.Td>{type.hidden ? t('customization.hidden') : t('customization.visible')}</Table.Td>
                  <Table.Td ta="end">
                    <Tooltip label={t('customization.activity_types.edit', { name: label })}>
                      <ActionIcon
                        variant="subtle"
                        onClick={() => setEditing(type)}
                        disabled={disabled}
                        aria-label={t('customization.activity_types.edit', { name: label })}
                      >
                        <IconPencil size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {editing && (
        <ActivityTypeDialog
          type={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(custom) => {
            onSaved(custom);
            setEditing(null);
          }}
        />
      )}
    </Paper>
  );
}

function ActivityTypeDialog({
  type,
  onClose,
  onSaved,
}: {
  type: CustomActivityType | null;
  onClose(): void;
  onSaved(custom: Customizations): void;
}) {
  const api = useApi();
  const { t } = useTranslation();
  const language = useUiStore((s) => s.language);
  const [labels, setLabels] = useState<Record<Language, string>>({
    en: type?.labels.en ?? '',
    ru: type?.labels.ru ?? '',
    fa: type?.labels.fa ?? '',
  });
  const [icon, setIcon] = useState<string>(type?.icon ?? ACTIVITY_TYPE_ICON_CHOICES[0]);
  const [hidden, setHidden] = useState(type?.hidden ?? false);
  const [error, setError] = useState<FieldIssue | null>(null);
  const [saving, setSaving] = useState(false);
  const languages = [language, ...LANGUAGES.filter((l) => l !== language)];

  async function save() {
    setSaving(true);
    try {
      const given = Object.fromEntries(LANGUAGES.filter((l) => labels[l].trim()).map((l) => [l, labels[l].trim()]));
      onSaved(
        await api.call('customization.saveActivityType', {
          ...(type ? { id: type.id } : {}),
          labels: given,
          icon: icon as (typeof ACTIVITY_TYPE_ICON_CHOICES)[number],
          hidden,
        }),
      );
    } catch (e) {
      if (isApiCallError(e) && e.error.issues?.[0]) setError(e.error.issues[0]);
      else notifyError(e);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={type ? t('customization.activity_types.dialog_edit') : t('customization.activity_types.dialog_add')}
      size="lg"
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          {languages.map((l, i) => (
            <TextInput
              key={l}
              label={t(`customization.field_label_${l}`)}
              value={labels[l]}
              onChange={(e) => {
                const text = e.currentTarget.value;
                setLabels((x) => ({ ...x, [l]: text }));
              }}
              required={i === 0}
              error={i === 0 && error ? translateIssue(t, error) : undefined}
              dir="auto"
              data-autofocus={i === 0 ? true : undefined}
            />
          ))}
        </SimpleGrid>
        <div role="radiogroup" aria-label={t('customization.activity_types.icon')}>
          <Text size="sm" fw={500} mb={6}>
            {t('customization.activity_types.icon')}
          </Text>
          <Group gap={6}>
            {ACTIVITY_TYPE_ICON_CHOICES.map((name) => (
              <ActionIcon
                key={name}
                size="lg"
                variant={icon === name ? 'filled' : 'default'}
                role="radio"
                aria-checked={icon === name}
                aria-label={name}
                onClick={() => setIcon(name)}
              >
                <EntityIcon name={name} />
              </ActionIcon>
            ))}
          </Group>
        </div>
        {type && (
          <Checkbox
            label={t('customization.hidden')}
            checked={hidden}
            onChange={(e) => setHidden(e.currentTarget.checked)}
          />
        )}
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void save()} loading={saving}>
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
