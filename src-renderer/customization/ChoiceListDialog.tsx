import { useMemo, useState } from 'react';
import { ActionIcon, Alert, Button, Code, Group, Modal, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type FieldIssue, type Language } from '../../src-shared/api';
import {
  choiceSetField,
  type ChoiceListOption,
  type Customizations,
  type EditableChoiceSet,
} from '../../src-shared/customization';
import { isApiCallError, useApi } from '../api';
import { notifyError, notifySuccess, translateIssue } from '../app/errors';
import { choiceKey } from '../records/fields/display';
import { useUiStore } from '../stores/ui-store';
import classes from './Customization.module.css';

interface Row {
  /** React key: the value, or a made-up one for a row being added. */
  readonly key: string;
  readonly value: string | undefined;
  readonly labels: Readonly<Record<Language, string>>;
  readonly hidden: boolean;
}

function initialRows(set: EditableChoiceSet, stored: readonly ChoiceListOption[]): Row[] {
  const field = choiceSetField(set);
  if (!field) return [];
  return field.choices.map((value) => {
    const own = stored.find((o) => o.choiceSet === set && o.value === value);
    return {
      key: value,
      value,
      labels: { en: own?.labels.en ?? '', ru: own?.labels.ru ?? '', fa: own?.labels.fa ?? '' },
      hidden: field.retired?.includes(value) ?? false,
    };
  });
}

let added = 0;

/**
 * Edits one choice list as a whole: names in each language (empty keeps a
 * built-in value's own), order, and which values are offered; new values
 * are added at the end. Values are never removed, as records hold them.
 */
export function ChoiceListDialog({
  choiceSet,
  stored,
  onClose,
  onSaved,
}: {
  choiceSet: EditableChoiceSet;
  stored: readonly ChoiceListOption[];
  onClose(): void;
  onSaved(custom: Customizations): void;
}) {
  const api = useApi();
  const { t } = useTranslation();
  const language = useUiStore((s) => s.language);
  const [rows, setRows] = useState<Row[]>(() => initialRows(choiceSet, stored));
  const [issues, setIssues] = useState<readonly FieldIssue[]>([]);
  const [saving, setSaving] = useState(false);
  const languages = useMemo(() => [language, ...LANGUAGES.filter((l) => l !== language)], [language]);
  const listName = t(`choice_lists.set.${choiceSet}`);
  const nameOf = (row: Row) =>
    row.labels[language].trim() ||
    (row.value ? t(choiceKey(choiceSet, row.value)) : LANGUAGES.map((l) => row.labels[l].trim()).find(Boolean)) ||
    t('choice_lists.new_value');

  const update = (index: number, change: Partial<Row>) =>
    setRows((all) => all.map((r, i) => (i === index ? { ...r, ...change } : r)));
  const move = (index: number, by: number) =>
    setRows((all) => {
      const next = [...all];
      const [row] = next.splice(index, 1);
      if (row) next.splice(index + by, 0, row);
      return next;
    });

  async function save() {
    setSaving(true);
    setIssues([]);
    try {
      const options = rows.map((row) => ({
        ...(row.value ? { value: row.value } : {}),
        labels: Object.fromEntries(LANGUAGES.filter((l) => row.labels[l].trim()).map((l) => [l, row.labels[l].trim()])),
        hidden: row.hidden,
      }));
      const custom = await api.call('customization.saveChoiceList', { choiceSet, options });
      notifySuccess(t('choice_lists.saved', { list: listName }));
      onSaved(custom);
    } catch (error) {
      if (isApiCallError(error) && error.error.issues?.length) setIssues(error.error.issues);
      else notifyError(error);
    } finally {
      setSaving(false);
    }
  }

  const rowIssues = (index: number) => issues.filter((i) => i.path[0] === 'options' && i.path[1] === index);
  const listIssues = issues.filter((i) => i.path.length < 2);
  return (
    <Modal opened onClose={onClose} title={t('choice_lists.dialog_title', { list: listName })} size={1040}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('choice_lists.dialog_hint')}
        </Text>
        <Table.ScrollContainer minWidth={820}>
          <Table verticalSpacing={6} aria-label={listName}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={76}>{t('choice_lists.position')}</Table.Th>
                <Table.Th w={170} />
                {languages.map((l) => (
                  <Table.Th key={l}>{t(`customization.field_label_${l}`)}</Table.Th>
                ))}
                <Table.Th w={96}>{t('choice_lists.offered')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row, index) => {
                const name = nameOf(row);
                const problems = rowIssues(index);
                return (
                  <Table.Tr key={row.key} className={row.hidden ? classes.hiddenRow : undefined}>
                    <Table.Td>
                      <Group gap={2} wrap="nowrap">
                        <ActionIcon
                          variant="subtle"
                          size="sm"
                          disabled={index === 0}
                          onClick={() => move(index, -1)}
                          aria-label={t('choice_lists.move_up', { name })}
                        >
                          <IconArrowUp size={14} />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          size="sm"
                          disabled={index === rows.length - 1}
                          onClick={() => move(index, 1)}
                          aria-label={t('choice_lists.move_down', { name })}
                        >
                          <IconArrowDown size={14} />
                        </ActionIcon>
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={500} lineClamp={1}>
                        {name}
                      </Text>
                      {row.value ? (
                        <Code dir="ltr" fz="xs">
                          {row.value}
                        </Code>
                      ) : (
                        name !== t('choice_lists.new_value') && (
                          <Text size="xs" c="dimmed">
                            {t('choice_lists.new_value')}
                          </Text>
                        )
                      )}
                      {problems.map((p) => (
                        <Text key={p.messageKey} size="xs" c="red" role="alert">
                          {translateIssue(t, p)}
                        </Text>
                      ))}
                    </Table.Td>
                    {languages.map((l) => (
                      <Table.Td key={l}>
                        <TextInput
                          size="xs"
                          dir="auto"
                          value={row.labels[l]}
                          // Another language's catalog may not be loaded: then no hint rather than a key.
                          placeholder={
                            row.value ? t(choiceKey(choiceSet, row.value), { lng: l, defaultValue: '' }) : undefined
                          }
                          aria-label={`${name}: ${t(`customization.field_label_${l}`)}`}
                          onChange={(e) => {
                            const text = e.currentTarget.value;
                            update(index, { labels: { ...row.labels, [l]: text } });
                          }}
                        />
                      </Table.Td>
                    ))}
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Switch
                          checked={!row.hidden}
                          onChange={(e) => update(index, { hidden: !e.currentTarget.checked })}
                          aria-label={t('choice_lists.offered_value', { name })}
                        />
                        {!row.value && (
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            size="sm"
                            onClick={() => setRows((all) => all.filter((_, i) => i !== index))}
                            aria-label={t('choice_lists.remove_new', { name })}
                          >
                            <IconTrash size={14} />
                          </ActionIcon>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} />}
            onClick={() => {
              added += 1;
              setRows((all) => [
                ...all,
                { key: `new-${added}`, value: undefined, labels: { en: '', ru: '', fa: '' }, hidden: false },
              ]);
            }}
          >
            {t('choice_lists.add_value')}
          </Button>
        </Group>
        {listIssues.map((issue) => (
          <Alert key={`${issue.messageKey}${JSON.stringify(issue.params ?? {})}`} color="red" variant="light">
            {translateIssue(t, issue)}
          </Alert>
        ))}
        <Group justify="flex-end" mt="sm">
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
