import { useMemo } from 'react';
import { Group, Select, Text } from '@mantine/core';
import { IconUser, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PrincipalType } from '../../src-shared/api';
import { useDirectory } from './directory';
import { principalOptions } from './principal-options';

export interface PrincipalSelectProps {
  readonly label: string;
  readonly value: string | null;
  /** The name to show for `value` before (or without) the directory. */
  readonly valueName?: string | undefined;
  readonly error?: string | undefined;
  readonly required?: boolean;
  readonly clearable?: boolean;
  /** Inside a popover or another dropdown: render the options in place rather than in a portal. */
  readonly nested?: boolean;
  readonly name?: string;
  readonly placeholder?: string;
  readonly labelHidden?: boolean;
  /** Leave these out (e.g. the record's current owner when assigning). */
  readonly exclude?: readonly string[];
  onChange(id: string | null, name: string | undefined, type: PrincipalType | null): void;
  onBlur?(): void;
}

export function PrincipalIcon({ type, size = 16 }: { type: PrincipalType; size?: number }) {
  return type === 'team' ? (
    <IconUsersGroup size={size} stroke={1.7} aria-hidden />
  ) : (
    <IconUser size={size} stroke={1.7} aria-hidden />
  );
}

/**
 * A user or a team: users first, then teams, each under its heading; a
 * team carries the team icon in the list and in the field.
 */
export function PrincipalSelect(props: PrincipalSelectProps) {
  const { t } = useTranslation();
  const { users, teams } = useDirectory();
  const { value } = props;
  const groups = useMemo(() => {
    const keep = value ? [value] : [];
    const built = principalOptions(users, teams, { users: t('users.group_users'), teams: t('users.group_teams') }, keep)
      .map((g) => ({ ...g, items: g.items.filter((i) => !props.exclude?.includes(i.value) || i.value === value) }))
      .filter((g) => g.items.length > 0);
    // Keep the current value visible even before (or without) the directory.
    if (value && !built.some((g) => g.items.some((i) => i.value === value))) {
      built.unshift({
        group: t('users.group_users'),
        items: [{ value, label: props.valueName ?? value, type: 'user' }],
      });
    }
    return built;
  }, [users, teams, value, props.valueName, props.exclude, t]);
  const typeOf = useMemo(() => {
    const map = new Map<string, PrincipalType>();
    for (const g of groups) for (const i of g.items) map.set(i.value, i.type);
    return map;
  }, [groups]);
  const selectedType = value ? (typeOf.get(value) ?? null) : null;

  return (
    <Select
      label={props.labelHidden ? undefined : props.label}
      aria-label={props.labelHidden ? props.label : undefined}
      error={props.error}
      name={props.name}
      withAsterisk={props.required === true}
      data={groups}
      value={value}
      onChange={(next, option) => props.onChange(next, option?.label, next ? (typeOf.get(next) ?? null) : null)}
      onBlur={props.onBlur}
      clearable={props.clearable}
      searchable
      comboboxProps={{ withinPortal: !props.nested }}
      placeholder={props.placeholder ?? t('users.choose_principal')}
      nothingFoundMessage={t('form.nothing_found')}
      clearButtonProps={{ 'aria-label': t('form.clear_field', { field: props.label }) }}
      leftSection={selectedType ? <PrincipalIcon type={selectedType} /> : undefined}
      renderOption={({ option }) => {
        const type = typeOf.get(option.value) ?? 'user';
        return (
          <Group gap={8} wrap="nowrap">
            <PrincipalIcon type={type} />
            <Text size="sm" span>
              {option.label}
            </Text>
          </Group>
        );
      }}
    />
  );
}
