import { useState } from 'react';
import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  Popover,
  Radio,
  ScrollArea,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconFilter, IconFilterFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { USER_PARTY, type FieldDef, type RegardingField } from '../../../src-shared/entities';
import { choiceKey } from '../fields/display';
import { LookupFieldInput } from '../fields/LookupFieldInput';
import { normalizeDigits } from '../fields/digits';
import { RegardingFieldInput } from '../fields/RegardingFieldInput';
import { UserFieldInput } from '../fields/UserFieldInput';
import { buildFilters, filterKindOf, operatorsFor, type AppliedFilter, type FilterDraft } from './filter-model';

interface FilterPopoverProps {
  readonly field: FieldDef;
  readonly active: boolean;
  onApply(filters: AppliedFilter[]): void;
}

/** The per-column filter: operators that fit the field type, then the value(s). */
export function FilterPopover({ field, active, onApply }: FilterPopoverProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const kind = filterKindOf(field);
  const ops = operatorsFor(field);
  const [draft, setDraft] = useState<FilterDraft>({ op: ops[0] ?? 'eq' });
  const [error, setError] = useState<string | null>(null);
  const label = t(field.label);
  const needsValue = draft.op !== 'empty' && draft.op !== 'not_empty';
  const dates = field.type === 'date' || field.type === 'datetime';
  // A party list filters by one record in it, picked like a regarding value (users aside).
  const oneRecord: RegardingField | null =
    field.type === 'regarding' || field.type === 'parties'
      ? { ...field, type: 'regarding', targets: field.targets.filter((target) => target !== USER_PARTY) }
      : null;

  function apply() {
    const result = buildFilters(field, draft);
    if ('error' in result) {
      setError(t(result.error, result.params ?? {}));
      return;
    }
    onApply(result.filters);
    setOpened(false);
    setDraft({ op: ops[0] ?? 'eq' });
    setError(null);
  }

  const update = (change: Partial<FilterDraft>) => {
    setDraft((d) => ({ ...d, ...change }));
    setError(null);
  };

  return (
    <Popover opened={opened} onChange={setOpened} width={300} position="bottom-end" shadow="md" trapFocus withArrow>
      <Popover.Target>
        <ActionIcon
          variant={active ? 'light' : 'subtle'}
          color={active ? 'blue' : 'gray'}
          size="sm"
          aria-label={t('list.filter_by', { field: label })}
          onClick={(e) => {
            e.stopPropagation();
            setOpened((o) => !o);
          }}
        >
          {active ? <IconFilterFilled size={14} /> : <IconFilter size={14} />}
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            apply();
          }}
        >
          <Stack gap="sm">
            <Text fw={600} size="sm">
              {t('list.filter_title', { field: label })}
            </Text>
            {ops.length > 1 && (
              <Select
                label={t('filter.condition')}
                data={ops.map((op) => ({ value: op, label: t(`filter.op.${op}`) }))}
                value={draft.op}
                onChange={(op) => op && update({ op: op as FilterDraft['op'] })}
                allowDeselect={false}
                comboboxProps={{ withinPortal: false }}
              />
            )}
            {needsValue && kind === 'text' && (
              <TextInput
                label={t('filter.value')}
                value={draft.text ?? ''}
                onChange={(e) => update({ text: e.currentTarget.value })}
                data-autofocus
              />
            )}
            {needsValue && kind === 'choice' && (field.type === 'choice' || field.type === 'multichoice') && (
              <Checkbox.Group
                label={t('filter.values')}
                value={[...(draft.values ?? [])]}
                onChange={(values) => update({ values })}
              >
                <ScrollArea.Autosize mah={220} type="auto" offsetScrollbars>
                  <Stack gap={8} mt={6}>
                    {field.choices.map((c) => (
                      <Checkbox key={c} value={c} label={t(choiceKey(field.choiceSet, c))} />
                    ))}
                  </Stack>
                </ScrollArea.Autosize>
              </Checkbox.Group>
            )}
            {kind === 'boolean' && (
              <Radio.Group
                label={t('filter.value')}
                value={draft.bool === false ? 'no' : 'yes'}
                onChange={(v) => update({ bool: v === 'yes' })}
              >
                <Group gap="lg" mt={6}>
                  <Radio value="yes" label={t('common.yes')} />
                  <Radio value="no" label={t('common.no')} />
                </Group>
              </Radio.Group>
            )}
            {needsValue && kind === 'range' && (
              <Group grow gap="sm" align="flex-start">
                <TextInput
                  label={t('filter.from')}
                  type={dates ? 'date' : 'text'}
                  inputMode={dates ? undefined : 'decimal'}
                  dir="ltr"
                  value={draft.from ?? ''}
                  onChange={(e) => update({ from: normalizeDigits(e.currentTarget.value) })}
                />
                <TextInput
                  label={t('filter.to')}
                  type={dates ? 'date' : 'text'}
                  inputMode={dates ? undefined : 'decimal'}
                  dir="ltr"
                  value={draft.to ?? ''}
                  onChange={(e) => update({ to: normalizeDigits(e.currentTarget.value) })}
                />
              </Group>
            )}
            {needsValue && kind === 'reference' && field.type === 'lookup' && (
              <LookupFieldInput
                field={field}
                label={t('filter.value')}
                value={draft.ref?.id ?? null}
                lookupName={draft.ref?.name}
                onChange={(id, name) => update({ ref: typeof id === 'string' ? { id, name: name ?? id } : null })}
                onBlur={() => undefined}
                nested
              />
            )}
            {needsValue && kind === 'reference' && oneRecord && (
              <RegardingFieldInput
                field={oneRecord}
                label={t('filter.value')}
                value={draft.ref?.id ?? null}
                lookupName={draft.ref?.name}
                onChange={(ref, name) =>
                  update({ ref: typeof ref === 'string' ? { id: ref, name: name ?? ref } : null })
                }
                onBlur={() => undefined}
                nested
              />
            )}
            {needsValue && kind === 'reference' && field.type === 'user' && (
              <UserFieldInput
                field={field}
                label={t('filter.value')}
                value={draft.ref?.id ?? null}
                lookupName={draft.ref?.name}
                onChange={(id, name) => update({ ref: typeof id === 'string' ? { id, name: name ?? id } : null })}
                onBlur={() => undefined}
                nested
              />
            )}
            {error && (
              <Text size="sm" c="red" role="alert">
                {error}
              </Text>
            )}
            <Group justify="flex-end" gap="xs">
              <Button variant="default" size="xs" onClick={() => setOpened(false)}>
                {t('common.cancel')}
              </Button>
              <Button size="xs" type="submit">
                {t('filter.apply')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}
