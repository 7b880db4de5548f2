import type { ReactNode } from 'react';
import { ActionIcon, Button, Group, Tooltip } from '@mantine/core';
import { IconArrowLeft, IconDeviceFloppy, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import classes from './RecordPage.module.css';

interface CommandBarProps {
  readonly canDelete: boolean;
  readonly saving: boolean;
  readonly dirty: boolean;
  readonly backLabel: string;
  /** The record may only change through its own commands: no Save. */
  readonly locked?: boolean;
  /** The record type's own commands (Mark complete, Log a call…). */
  readonly extra?: ReactNode;
  onSave(): void;
  onSaveClose(): void;
  onNew(): void;
  onDelete(): void;
  onClose(): void;
}

/** Save, Save & Close, New, Delete, in a Dynamics-like bar above the form. */
export function CommandBar(props: CommandBarProps) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" className={classes.commandBar} role="toolbar" aria-label={t('form.commands')}>
      {/* An arrow, as in Dynamics: the label is its name and tooltip, leaving the bar's width to the commands. */}
      <Tooltip label={props.backLabel}>
        <ActionIcon variant="subtle" color="gray" size="lg" aria-label={props.backLabel} onClick={props.onClose}>
          <IconArrowLeft size={18} className={classes.backIcon} />
        </ActionIcon>
      </Tooltip>
      {!props.locked && (
        <>
          <Button
            leftSection={<IconDeviceFloppy size={16} />}
            onClick={props.onSave}
            loading={props.saving}
            aria-keyshortcuts="Control+S"
          >
            {t('form.save')}
          </Button>
          <Button variant="default" onClick={props.onSaveClose} disabled={props.saving}>
            {t('form.save_close')}
          </Button>
        </>
      )}
      {props.extra}
      <Button variant="default" leftSection={<IconPlus size={16} />} onClick={props.onNew} disabled={props.saving}>
        {t('form.new')}
      </Button>
      {props.canDelete && (
        <Button
          variant="subtle"
          color="red"
          leftSection={<IconTrash size={16} />}
          onClick={props.onDelete}
          disabled={props.saving}
        >
          {t('form.delete')}
        </Button>
      )}
      {props.dirty && (
        <span className={classes.unsaved} role="status">
          {t('form.unsaved')}
        </span>
      )}
    </Group>
  );
}
