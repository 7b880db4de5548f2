import { Badge, Button, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { IconArrowsJoin, IconCopy, IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MAX_DUPLICATE_MATCHES, type DuplicateMatches } from '../../../src-shared/api';
import classes from './DuplicatesDialog.module.css';
import { matchesByRecord } from './matches';

interface DuplicatesDialogProps {
  readonly groups: DuplicateMatches;
  /** Offer "Merge with this record" (records that may be merged). */
  readonly canMerge: boolean;
  onOpen(id: string): void;
  onMerge(id: string): void;
  onSaveAnyway(): void;
  onCancel(): void;
}

/**
 * "Possible duplicates found": each matching record once, with the reasons
 * it matches, and what to do: open it, merge with it, save anyway, or go
 * back to the form (Cancel).
 */
export function DuplicatesDialog({ groups, canMerge, onOpen, onMerge, onSaveAnyway, onCancel }: DuplicatesDialogProps) {
  const { t } = useTranslation();
  const records = matchesByRecord(groups);
  return (
    <Modal
      opened
      onClose={onCancel}
      size="lg"
      title={
        <Group gap="xs" wrap="nowrap">
          <IconCopy size={20} aria-hidden />
          <span>{t('duplicates.title')}</span>
        </Group>
      }
    >
      <Stack gap="md">
        <Text size="sm">
          {t('duplicates.intro')} {canMerge && t('duplicates.intro_merge')}
        </Text>
        <Stack gap="xs" component="ul" aria-label={t('duplicates.matches')} className={classes.list}>
          {records.map((match) => (
            <Paper component="li" key={match.id} withBorder radius="md" p="sm">
              <Group justify="space-between" wrap="nowrap" align="flex-start" gap="md">
                <Stack gap={4} className={classes.match}>
                  <Text fw={600} className={classes.name}>
                    <bdi>{match.name}</bdi>
                  </Text>
                  {match.detail && (
                    <Text size="sm" c="dimmed">
                      <bdi>{match.detail}</bdi>
                    </Text>
                  )}
                  <Group gap={6} aria-label={t('duplicates.reason')}>
                    {match.labels.map((label) => (
                      <Badge key={label} variant="light" color="orange" size="sm" tt="none">
                        {t(label)}
                      </Badge>
                    ))}
                  </Group>
                </Stack>
                <Group gap="xs" wrap="nowrap">
                  <Button
                    size="xs"
                    variant="default"
                    leftSection={<IconExternalLink size={14} />}
                    onClick={() => onOpen(match.id)}
                    aria-label={t('duplicates.open_record', { name: match.name })}
                  >
                    {t('duplicates.open')}
                  </Button>
                  {canMerge && (
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconArrowsJoin size={14} />}
                      onClick={() => onMerge(match.id)}
                      aria-label={t('duplicates.merge_record', { name: match.name })}
                    >
                      {t('duplicates.merge')}
                    </Button>
                  )}
                </Group>
              </Group>
            </Paper>
          ))}
        </Stack>
        {groups.some((g) => g.more) && (
          <Text size="xs" c="dimmed">
            {t('duplicates.more', { count: MAX_DUPLICATE_MATCHES })}
          </Text>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button variant="filled" color="orange" onClick={onSaveAnyway}>
            {t('duplicates.save_anyway')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
