import { useEffect, useEffectEvent, useState } from 'react';
import { Combobox, Group, Loader, Pill, PillsInput, Text, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { getEntity, USER_PARTY, type PartiesField } from '../../../src-shared/entities';
import { formatRef, parseRef } from '../../../src-shared/rules/records';
import { useApi } from '../../api';
import { EntityIcon } from '../../app/icons';
import type { FieldInputProps } from './types';
import { useUsers } from './useUsers';

interface Candidate {
  readonly ref: string;
  readonly name: string;
  readonly detail: string;
}

interface Found {
  readonly query: string;
  readonly groups: readonly { readonly target: string; readonly items: readonly Candidate[] }[];
}

const PER_TYPE = 6;

function iconOf(target: string): string {
  return target === USER_PARTY ? 'user-circle' : getEntity(target).icon;
}

/**
 * A list of people and organisations: pills of the chosen ones, and a
 * type-ahead across every allowed type (contacts, accounts, users), grouped
 * by type. Backspace in the empty box removes the last pill.
 */
export function PartiesFieldInput({
  field,
  value,
  label,
  error,
  onChange,
  onBlur,
  refNames = {},
  onRefNames,
  nested,
}: FieldInputProps<PartiesField>) {
  const api = useApi();
  const { t } = useTranslation();
  const users = useUsers();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 150);
  const [found, setFound] = useState<Found>({ query: '\u0000', groups: [] });
  const selected = Array.isArray(value) ? value : [];
  const opened = combobox.dropdownOpened;
  const loading = opened && found.query !== debounced;
  const learnNames = useEffectEvent((names: Record<string, string>) => onRefNames?.(names));
  const highlightFirst = useEffectEvent(() => combobox.selectFirstOption());
  const labelOf = (target: string) => t(target === USER_PARTY ? 'fields.users' : getEntity(target).pluralLabel);

  // Names of parties that came without them (a prefilled link).
  const unnamed = selected.filter((ref) => refNames[ref] === undefined).join(' ');
  useEffect(() => {
    if (!unnamed) return;
    let live = true;
    void Promise.all(
      unnamed.split(' ').map(async (ref) => {
        const parsed = parseRef(ref);
        if (!parsed || parsed.entity === USER_PARTY) return null;
        const record = await api.call('records.get', { entity: parsed.entity, id: parsed.id }).catch(() => null);
        return record ? ([ref, record.display_name] as const) : null;
      }),
    ).then((pairs) => {
      if (live) learnNames(Object.fromEntries(pairs.filter((p) => p !== null)));
    });
    return () => {
      live = false;
    };
  }, [api, unnamed]);

  useEffect(() => {
    if (!opened) return;
    let live = true;
    const query = debounced;
    const lower = query.toLocaleLowerCase();
    void Promise.all(
      field.targets.map(async (target) => {
        if (target === USER_PARTY) {
          const items = users
            .filter((u) => !lower || u.name.toLocaleLowerCase().includes(lower))
            .slice(0, PER_TYPE)
            .map((u) => ({ ref: formatRef(USER_PARTY, u.id), name: u.name, detail: u.email }));
          return { target, items };
        }
        const items = await api
          .call('records.lookup', { entity: target, text: query, limit: PER_TYPE })
          .then((list) => list.map((i) => ({ ref: formatRef(target, i.id), name: i.name, detail: i.detail })))
          .catch(() => []);
        return { target, items };
      }),
    ).then((groups) => live && setFound({ query, groups }));
    return () => {
      live = false;
    };
  }, [api, field.targets, debounced, opened, users]);

  useEffect(() => {
    if (opened) highlightFirst();
  }, [found, opened]);

  function choose(ref: string) {
    const candidate = found.groups.flatMap((g) => g.items).find((c) => c.ref === ref);
    if (!candidate) return;
    onRefNames?.({ [ref]: candidate.name });
    onChange(selected.includes(ref) ? selected.filter((r) => r !== ref) : [...selected, ref]);
    setSearch('');
  }

  function remove(ref: string) {
    onChange(selected.filter((r) => r !== ref));
  }

  const pills = selected.map((ref) => {
    const name = refNames[ref] ?? t('app.loading');
    return (
      <Pill
        key={ref}
        withRemoveButton
        onRemove={() => remove(ref)}
        removeButtonProps={{ 'aria-label': t('fields.remove_item', { name }) }}
      >
        <Group gap={4} wrap="nowrap" component="span">
          <EntityIcon name={iconOf(parseRef(ref)?.entity ?? '')} size={14} />
          <span dir="auto">{name}</span>
        </Group>
      </Pill>
    );
  });

  const groups = found.groups.filter((g) => g.items.length > 0);
  return (
    <Combobox store={combobox} onOptionSubmit={choose} withinPortal={!nested}>
      <Combobox.DropdownTarget>
        <PillsInput
          label={label}
          error={error}
          withAsterisk={field.required === true}
          onClick={() => combobox.openDropdown()}
          rightSection={loading ? <Loader size={14} /> : null}
        >
          <Pill.Group>
            {pills}
            <Combobox.EventsTarget>
              <PillsInput.Field
                aria-label={label}
                name={field.name}
                value={search}
                placeholder={selected.length === 0 ? t('fields.parties_placeholder') : undefined}
                autoComplete="off"
                dir="auto"
                onFocus={() => combobox.openDropdown()}
                onBlur={() => {
                  combobox.closeDropdown();
                  setSearch('');
                  onBlur();
                }}
                onChange={(e) => {
                  setSearch(e.currentTarget.value);
                  combobox.openDropdown();
                  combobox.updateSelectedOptionIndex();
                }}
                onKeyDown={(e) => {
                  if (e.key === 'Backspace' && search.length === 0 && selected.length > 0) {
                    e.preventDefault();
                    remove(selected[selected.length - 1]!);
                  }
                }}
              />
            </Combobox.EventsTarget>
          </Pill.Group>
        </PillsInput>
      </Combobox.DropdownTarget>
      <Combobox.Dropdown>
        <Combobox.Options mah={340} style={{ overflowY: 'auto' }} aria-label={label}>
          {groups.map((group) => (
            <Combobox.Group key={group.target} label={labelOf(group.target)}>
              {group.items.map((item) => (
                <Combobox.Option value={item.ref} key={item.ref} active={selected.includes(item.ref)}>
                  <Group gap="xs" wrap="nowrap">
                    <EntityIcon name={iconOf(group.target)} size={16} />
                    <div>
                      <Text size="sm" fw={500} dir="auto">
                        {item.name}
                      </Text>
                      {item.detail && (
                        <Text size="xs" c="dimmed" dir="auto">
                          {item.detail}
                        </Text>
                      )}
                    </div>
                  </Group>
                </Combobox.Option>
              ))}
            </Combobox.Group>
          ))}
          {!loading && groups.length === 0 && <Combobox.Empty>{t('form.nothing_found')}</Combobox.Empty>}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
