import { useEffect, useState } from 'react';
import { Combobox, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { LookupItem } from '../../../src-shared/api';
import { getEntity } from '../../../src-shared/entities';
import { useApi } from '../../api';

const LIMIT = 10;

interface RecordPickerProps {
  readonly entity: string;
  readonly label: string;
  /** The record merging starts from: never offered. */
  readonly excludeId: string;
  readonly value: LookupItem | null;
  onChange(item: LookupItem | null): void;
}

/** Type-ahead over `records.lookup` for the other record of a merge: name and detail line, this record left out. */
export function RecordPicker({ entity, label, excludeId, value, onChange }: RecordPickerProps) {
  const api = useApi();
  const { t } = useTranslation();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [typed, setTyped] = useState<string | null>(null);
  const [debounced] = useDebouncedValue(typed ?? '', 150);
  const [result, setResult] = useState<{ query: string; items: readonly LookupItem[] } | null>(null);
  const opened = combobox.dropdownOpened;
  const query = debounced.trim();

  useEffect(() => {
    if (!opened) return;
    let live = true;
    api.call('records.lookup', { entity, text: query, limit: LIMIT + 1 }).then(
      (found) => live && setResult({ query, items: found.filter((i) => i.id !== excludeId).slice(0, LIMIT) }),
      () => live && setResult({ query, items: [] }),
    );
    return () => {
      live = false;
    };
  }, [api, entity, query, opened, excludeId]);

  const items = result?.items ?? [];
  const loading = opened && result?.query !== query;

  function choose(id: string) {
    const item = items.find((i) => i.id === id) ?? null;
    onChange(item);
    setTyped(null);
    combobox.closeDropdown();
  }

  return (
    <Combobox store={combobox} onOptionSubmit={choose}>
      <Combobox.Target>
        <TextInput
          label={label}
          value={typed ?? value?.name ?? ''}
          placeholder={t('form.lookup_placeholder', { entity: t(getEntity(entity).pluralLabel) })}
          leftSection={<IconSearch size={16} />}
          rightSection={loading ? <Loader size={14} /> : null}
          autoComplete="off"
          dir="auto"
          data-autofocus
          onChange={(e) => {
            setTyped(e.currentTarget.value);
            if (value) onChange(null);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          onFocus={() => combobox.openDropdown()}
          onClick={() => combobox.openDropdown()}
          onBlur={() => {
            setTyped(null);
            combobox.closeDropdown();
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Options mah={300} style={{ overflowY: 'auto' }} aria-label={label}>
          {items.map((item) => (
            <Combobox.Option value={item.id} key={item.id} active={item.id === value?.id}>
              <Text size="sm" fw={500}>
                <bdi>{item.name}</bdi>
              </Text>
              {item.detail && (
                <Text size="xs" c="dimmed">
                  <bdi>{item.detail}</bdi>
                </Text>
              )}
            </Combobox.Option>
          ))}
          {!loading && items.length === 0 && <Combobox.Empty>{t('form.nothing_found')}</Combobox.Empty>}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
