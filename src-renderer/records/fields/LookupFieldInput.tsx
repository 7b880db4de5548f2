import { useEffect, useEffectEvent, useState } from 'react';
import { ActionIcon, Combobox, Group, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconExternalLink, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { LookupItem } from '../../../src-shared/api';
import { getEntity, type LookupField } from '../../../src-shared/entities';
import { useApi } from '../../api';
import { navigate } from '../../app/navigation';
import { areaForEntity } from '../../app/work-area';
import { useUiStore } from '../../stores/ui-store';
import type { FieldInputProps } from './types';

/**
 * Type-ahead over `records.lookup`: shows name and a detail line, stores
 * the id. While the user types the text is theirs; on leaving without
 * choosing, the field shows the chosen record again (or clears when emptied).
 */
export function LookupFieldInput({
  field,
  value,
  label,
  error,
  lookupName,
  onChange,
  onBlur,
  onLookupName,
  nested,
  values,
  labelHidden = false,
}: FieldInputProps<LookupField> & {
  /** The label is shown by a surrounding wrapper; the text box keeps it as its accessible name. */
  readonly labelHidden?: boolean;
}) {
  const api = useApi();
  const { t } = useTranslation();
  const workArea = useUiStore((s) => s.workArea);
  const target = getEntity(field.target);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [typed, setTyped] = useState<string | null>(null);
  const [debounced] = useDebouncedValue(typed ?? '', 150);
  // The items and the query they answer; loading while the current query has no answer yet.
  const [result, setResult] = useState<{ query: string; items: readonly LookupItem[] }>({ query: '', items: [] });
  const opened = combobox.dropdownOpened;
  const items = result.items;
  const loading = opened && result.query !== debounced.trim();
  const learnName = useEffectEvent((name: string) => onLookupName?.(name));
  const highlightFirst = useEffectEvent(() => combobox.selectFirstOption());
  const id = typeof value === 'string' ? value : null;
  // A dependent lookup (a product's default unit) offers only the records of what the form has chosen.
  const source = field.filterBy ? values?.[field.filterBy.source] : undefined;
  const filterValue = typeof source === 'string' && source !== '' ? source : null;
  const filterField = field.filterBy?.field;

  // A value that arrived without its name (a prefilled link) gets it here.
  const knowsName = lookupName !== undefined;
  useEffect(() => {
    if (!id || knowsName) return;
    let live = true;
    api.call('records.get', { entity: field.target, id }).then(
      (record) => live && learnName(record.display_name),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, field.target, id, knowsName]);

  useEffect(() => {
    if (!opened) return;
    let live = true;
    const query = debounced.trim();
    const where = filterField && filterValue ? { where: { field: filterField, value: filterValue } } : {};
    api.call('records.lookup', { entity: field.target, text: query, limit: 10, ...where }).then(
      (found) => {
        if (!live) return;
        setResult({ query, items: found });
      },
      () => live && setResult({ query, items: [] }),
    );
    return () => {
      live = false;
    };
  }, [api, field.target, debounced, opened, filterField, filterValue]);

  // Enter picks the best match without arrowing down first.
  useEffect(() => {
    if (opened) highlightFirst();
  }, [result, opened]);

  function choose(itemId: string) {
    const item = items.find((i) => i.id === itemId);
    if (item) onChange(item.id, item.name);
    setTyped(null);
    combobox.closeDropdown();
  }

  function leave() {
    if (typed !== null && typed.trim() === '') onChange(null);
    setTyped(null);
    combobox.closeDropdown();
    onBlur();
  }

  const text = typed ?? (id ? (lookupName ?? '') : '');
  const right = (
    <Group gap={2} wrap="nowrap">
      {loading && opened && <Loader size={14} />}
      {id && (
        <>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            aria-label={t('form.open_lookup', { name: lookupName ?? t(target.label) })}
            onClick={() => navigate({ kind: 'record', area: areaForEntity(target, workArea), entity: target, id })}
          >
            <IconExternalLink size={14} />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            aria-label={t('form.clear_field', { field: label })}
            onClick={() => onChange(null)}
          >
            <IconX size={14} />
          </ActionIcon>
        </>
      )}
    </Group>
  );

  return (
    <Combobox store={combobox} onOptionSubmit={choose} withinPortal={!nested}>
      <Combobox.Target>
        <TextInput
          label={labelHidden ? undefined : label}
          aria-label={labelHidden ? label : undefined}
          error={error}
          name={field.name}
          withAsterisk={field.required === true}
          value={text}
          placeholder={t('form.lookup_placeholder', { entity: t(target.pluralLabel) })}
          autoComplete="off"
          dir="auto"
          rightSection={right}
          rightSectionWidth={id ? 64 : 32}
          onChange={(e) => {
            setTyped(e.currentTarget.value);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          onFocus={() => combobox.openDropdown()}
          onClick={() => combobox.openDropdown()}
          onBlur={leave}
        />
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Options mah={320} style={{ overflowY: 'auto' }} aria-label={label}>
          {items.map((item) => (
            <Combobox.Option value={item.id} key={item.id} active={item.id === id}>
              <Text size="sm" fw={500}>
                {item.name}
              </Text>
              {item.detail && (
                <Text size="xs" c="dimmed">
                  {item.detail}
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
