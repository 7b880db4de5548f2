import { useState } from 'react';
import { Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type FieldIssue, type Language } from '../../src-shared/api';
import {
  CUSTOM_FIELD_TYPES,
  CUSTOM_SECTION,
  suggestFieldName,
  type CustomActivityType,
  type CustomFieldType,
} from '../../src-shared/customization';
import { ENTITIES, type EntityDef } from '../../src-shared/entities';
import { isApiCallError, useApi } from '../api';
import { notifyError, notifySuccess, translateIssue } from '../app/errors';
import { useUiStore } from '../stores/ui-store';
import { labelOf } from './labels';

const CHOICE_TYPES: readonly CustomFieldType[] = ['choice', 'multichoice'];
const SEARCHABLE_TYPES: readonly CustomFieldType[] = ['text', 'multiline'];

interface Draft {
  labels: Record<Language, string>;
  name: string;
  nameTouched: boolean;
  type: CustomFieldType;
  choices: string;
  target: string | null;
  section: string;
  activityType: string | null;
  required: boolean;
  searchable: boolean;
  inList: boolean;
  importantDate: boolean;
}

const EMPTY: Draft = {
  labels: { en: '', ru: '', fa: '' },
  name: '',
  nameTouched: false,
  type: 'text',
  choices: '',
  target: null,
  section: CUSTOM_SECTION,
  activityType: null,
  required: false,
  searchable: false,
  inList: false,
  importantDate: false,
};

/** The "Add field" dialog: label in each language, name, type and the options that fit the type. */
export function AddFieldDialog({
  entity,
  activityTypes,
  onClose,
}: {
  entity: EntityDef;
  activityTypes: readonly CustomActivityType[];
  onClose(): void;
}) {
  const api = useApi();
  const { t } = useTranslation();
  const language = useUiStore((s) => s.language);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<Record<string, FieldIssue>>({});
  const [saving, setSaving] = useState(false);
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const errorOf = (path: string) => (errors[path] ? translateIssue(t, errors[path]) : undefined);
  // The user's own language first.
  const languages = [language, ...LANGUAGES.filter((l) => l !== language)];

  function setLabel(l: Language, text: string) {
    const labels = { ...draft.labels, [l]: text };
    const suggested = suggestFieldName(labels.en || labels.ru || labels.fa);
    set({ labels, ...(draft.nameTouched ? {} : { name: suggested }) });
  }

  async function save() {
    const labels = Object.fromEntries(
      LANGUAGES.filter((l) => draft.labels[l].trim()).map((l) => [l, draft.labels[l].trim()]),
    );
    const choices = draft.choices
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0)
      .map((line) => ({ labels: { [language]: line } }));
    setSaving(true);
    try {
      await api.call('customization.addField', {
        entity: entity.name,
        name: draft.name,
        type: draft.type,
        labels,
        required: draft.required,
        searchable: SEARCHABLE_TYPES.includes(draft.type) && draft.searchable,
        inList: draft.inList,
        section: draft.section,
        ...(CHOICE_TYPES.includes(draft.type) ? { choices } : {}),
        ...(draft.type === 'lookup' && draft.target ? { target: draft.target } : {}),
        ...(draft.activityType ? { activityType: draft.activityType } : {}),
        importantDate: draft.importantDate,
      });
      notifySuccess(t('customization.added', { name: labels[language] ?? Object.values(labels)[0] ?? draft.name }));
      onClose();
    } catch (error) {
      if (isApiCallError(error) && error.error.issues) {
        setErrors(Object.fromEntries(error.error.issues.map((i) => [String(i.path[0]), i])));
      } else notifyError(error);
    } finally {
      setSaving(false);
    }
  }

  const sections = [...entity.sections.filter((s) => s !== CUSTOM_SECTION), CUSTOM_SECTION];
  return (
    <Modal opened onClose={onClose} title={`${t('customization.add_field')} · ${t(entity.pluralLabel)}`} size="lg">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          {languages.map((l, i) => (
            <TextInput
              key={l}
              label={t(`customization.field_label_${l}`)}
              value={draft.labels[l]}
              onChange={(e) => setLabel(l, e.currentTarget.value)}
              required={i === 0}
              error={i === 0 ? errorOf('labels') : undefined}
              dir="auto"
              data-autofocus={i === 0 ? true : undefined}
            />
          ))}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('customization.field_name')}
            description={t('customization.field_name_help')}
            value={draft.name}
            onChange={(e) => set({ name: e.currentTarget.value, nameTouched: true })}
            error={errorOf('name')}
            required
            dir="ltr"
            ff="monospace"
          />
          <Select
            label={t('customization.field_type')}
            data={CUSTOM_FIELD_TYPES.map((type) => ({ value: type, label: t(`customization.type.${type}`) }))}
            value={draft.type}
            onChange={(v) => v && set({ type: v as CustomFieldType })}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
        </SimpleGrid>
        {CHOICE_TYPES.includes(draft.type) && (
          <Textarea
            label={t('customization.choices')}
            description={t('customization.choices_help')}
            value={draft.choices}
            onChange={(e) => set({ choices: e.currentTarget.value })}
            error={errorOf('choices')}
            autosize
            minRows={3}
            maxRows={10}
            required
            dir="auto"
          />
        )}
        {draft.type === 'lookup' && (
          <Select
            label={t('customization.target')}
            data={ENTITIES.map((e) => ({ value: e.name, label: t(e.label) }))}
            value={draft.target}
            onChange={(v) => set({ target: v })}
            error={errorOf('target')}
            required
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('customization.section')}
            data={sections.map((s) => ({
              value: s,
              label: s === CUSTOM_SECTION ? t('customization.section_custom') : t(`section.${entity.name}.${s}`),
            }))}
            value={draft.section}
            onChange={(v) => v && set({ section: v })}
            error={errorOf('section')}
            allowDeselect={false}
          />
          {entity.typeField && activityTypes.length > 0 && (
            <Select
              label={t('customization.activity_type')}
              data={[
                { value: '', label: t('customization.activity_type_all') },
                ...activityTypes.map((a) => ({ value: a.value, label: labelOf(a.labels, language) })),
              ]}
              value={draft.activityType ?? ''}
              onChange={(v) => set({ activityType: v ? v : null })}
              error={errorOf('activityType')}
              allowDeselect={false}
            />
          )}
        </SimpleGrid>
        <Stack gap="xs" mt="xs">
          <Checkbox
            label={t('customization.required')}
            checked={draft.required}
            onChange={(e) => set({ required: e.currentTarget.checked })}
          />
          {SEARCHABLE_TYPES.includes(draft.type) && (
            <Checkbox
              label={t('customization.searchable')}
              checked={draft.searchable}
              onChange={(e) => set({ searchable: e.currentTarget.checked })}
            />
          )}
          <Checkbox
            label={t('customization.in_list')}
            checked={draft.inList}
            onChange={(e) => set({ inList: e.currentTarget.checked })}
          />
          {entity.name === 'contact' && draft.type === 'date' && (
            <Checkbox
              label={t('customization.important_date')}
              checked={draft.importantDate}
              onChange={(e) => set({ importantDate: e.currentTarget.checked })}
            />
          )}
        </Stack>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void save()} loading={saving}>
            {t('customization.add_field')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
