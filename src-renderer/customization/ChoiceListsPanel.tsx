import { useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  choiceSetField,
  EDITABLE_CHOICE_SETS,
  type Customizations,
  type EditableChoiceSet,
} from '../../src-shared/customization';
import { offeredChoices } from '../../src-shared/entities';
import { choiceKey } from '../records/fields/display';
import { ChoiceListDialog } from './ChoiceListDialog';
import classes from './Customization.module.css';

/** Settings › Customization › Choice lists: the built-in lists a business words its own way (lead sources, sales stages). */
export function ChoiceListsPanel({
  custom,
  onSaved,
  disabled,
}: {
  custom: Customizations;
  onSaved(custom: Customizations): void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<EditableChoiceSet | null>(null);
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="choice-lists-title">
      <Title order={3} size="h5" id="choice-lists-title">
        {t('choice_lists.title')}
      </Title>
      <Text size="sm" c="dimmed" mt={4} mb="md">
        {t('choice_lists.intro')}
      </Text>
      <Stack gap="md">
        {EDITABLE_CHOICE_SETS.map((set) => {
          const field = choiceSetField(set);
          const offered = field ? offeredChoices(field) : [];
          const hidden = (field?.choices.length ?? 0) - offered.length;
          const list = t(`choice_lists.set.${set}`);
          return (
            <Group key={set} justify="space-between" align="flex-start" wrap="nowrap">
              <div>
                <Group gap="xs">
                  <Text fw={600} size="sm">
                    {list}
                  </Text>
                  {hidden > 0 && (
                    <Badge variant="light" color="gray" size="sm">
                      {t('choice_lists.hidden_count', { count: hidden })}
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed">
                  {t(`choice_lists.set_hint.${set}`)}
                </Text>
                <Text size="sm" mt={4}>
                  {offered.map((value) => t(choiceKey(set, value))).join(' · ')}
                </Text>
              </div>
              <Button
                variant="light"
                leftSection={<IconPencil size={16} />}
                onClick={() => setEditing(set)}
                disabled={disabled}
                aria-label={t('choice_lists.edit_list', { list })}
                className={classes.noShrink}
              >
                {t('choice_lists.edit')}
              </Button>
            </Group>
          );
        })}
      </Stack>
      {editing && (
        <ChoiceListDialog
          choiceSet={editing}
          stored={custom.choiceLists}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            onSaved(saved);
            setEditing(null);
          }}
        />
      )}
    </Paper>
  );
}
