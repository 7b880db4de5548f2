import { Button } from '@mantine/core';
import { IconArrowBackUp, IconCircleCheck, IconCircleX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ActivityStatus, ActivityType } from '../../src-shared/entities/activity';
import { COMMAND_STATUS, commandsFor, type StatusCommand } from '../../src-shared/rules/activities';
import { notifySuccess } from '../app/errors';
import type { FormExtensionProps } from '../records/form/extensions';

const ICONS: Readonly<Record<StatusCommand, typeof IconCircleCheck>> = {
  complete: IconCircleCheck,
  cancel: IconCircleX,
  reopen: IconArrowBackUp,
};

/**
 * Mark complete, Cancel activity and Reopen: each saves the form's changes
 * together with the new status, through the same write path as Save, so
 * the history shows the status change and the rules fill in what it implies.
 */
export function ActivityStatusCommands({ form }: FormExtensionProps) {
  const { t } = useTranslation();
  if (!form.record) return null;
  const status = form.record.values['status'] as ActivityStatus;
  const type = form.record.values['activity_type'] as ActivityType;

  async function run(command: StatusCommand) {
    const saved = await form.save({ status: COMMAND_STATUS[command] });
    if (saved) notifySuccess(t(`activity.done.${command}`, { name: saved.display_name }));
  }

  return commandsFor(status, type).map((command) => {
    const Icon = ICONS[command];
    return (
      <Button
        key={command}
        variant={command === 'complete' ? 'light' : 'default'}
        color={command === 'complete' ? 'teal' : undefined}
        leftSection={<Icon size={16} />}
        onClick={() => void run(command)}
        disabled={form.saving}
      >
        {t(`activity.command.${command}`)}
      </Button>
    );
  });
}
