import { useState } from 'react';
import { ActionIcon, Button, Checkbox, Group, Popover, ScrollArea, Stack, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconColumns3 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { EntityDef, FieldDef } from '../../../src-shared/entities';
import classes from './ViewBar.module.css';

/** Fields a list can show as columns: all but long text. */
function columnFields(entity: EntityDef): FieldDef[] {
  return entity.fields.filter((f) => f.type !== 'multiline');
}

/** The list's columns: tick to show, arrows to order; the name column always comes first. */
export function ColumnChooser({
  entity,
  columns,
  onApply,
}: {
  entity: EntityDef;
  columns: readonly string[];
  onApply(columns: readonly string[]): void;
}) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [chosen, setChosen] = useState<readonly string[]>(columns);
  const fields = columnFields(entity);
  const byName = new Map(fields.map((f) => [f.name, f]));
  const ordered = [
    ...chosen.map((n) => byName.get(n)).filter((f): f is FieldDef => f !== undefined),
    ...fields.filter((f) => !chosen.includes(f.name)),
  ];

  const move = (name: string, by: -1 | 1) =>
    setChosen((list) => {
      const i = list.indexOf(name);
      const j = i + by;
      if (i < 0 || j < 0 || j >= list.length) return list;
      const next = [...list];
      [next[i], next[j]] = [next[j]!, next[i]!];
      return next;
    });

  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      width={340}
      position="bottom-end"
      shadow="md"
      trapFocus
      withArrow
      onOpen={() => setChosen(columns)}
    >
      <Popover.Target>
        <Button
          size="sm"
          variant="default"
          leftSection={<IconColumns3 size={16} />}
          onClick={() => setOpened((o) => !o)}
        >
          {t('views.columns')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="sm" role="dialog" aria-label={t('views.columns_title')}>
          <div>
            <Text fw={600} size="sm">
              {t('views.columns_title')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('views.columns_hint')}
            </Text>
          </div>
          <ScrollArea.Autosize mah={360} type="auto" offsetScrollbars>
            <Stack gap={2}>
              <Checkbox label={t('list.name')} checked disabled className={classes.columnRow} />
              {ordered.map((field) => {
                const label = t(field.label);
                const index = chosen.indexOf(field.name);
                const shown = index >= 0;
                return (
                  <Group key={field.name} gap={4} wrap="nowrap" justify="space-between" className={classes.columnRow}>
                    <Checkbox
                      label={label}
                      checked={shown}
                      onChange={(e) => {
                        const on = e.currentTarget.checked;
                        setChosen((list) => (on ? [...list, field.name] : list.filter((n) => n !== field.name)));
                      }}
                    />
                    {shown && (
                      <Group gap={0} wrap="nowrap">
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          size="sm"
                          disabled={index === 0}
                          aria-label={t('views.move_up', { field: label })}
                          onClick={() => move(field.name, -1)}
                        >
                          <IconArrowUp size={14} />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          size="sm"
                          disabled={index === chosen.length - 1}
                          aria-label={t('views.move_down', { field: label })}
                          onClick={() => move(field.name, 1)}
                        >
                          <IconArrowDown size={14} />
                        </ActionIcon>
                      </Group>
                    )}
                  </Group>
                );
              })}
            </Stack>
          </ScrollArea.Autosize>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" size="xs" onClick={() => setOpened(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              size="xs"
              onClick={() => {
                onApply(chosen);
                setOpened(false);
              }}
            >
              {t('views.apply')}
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
