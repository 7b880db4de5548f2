import { useState } from 'react';
import { Avatar, Group, Paper, Select, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api';
import { useAppInfo } from '../app/AppInfoContext';
import { notifyError, notifySuccess } from '../app/errors';
import { useDirectory } from './directory';

/**
 * Settings › Current user: until sign-in arrives with sync, whoever uses the
 * app on this device picks who they are. New records become theirs, changes
 * are recorded under their name, and "My" views show what they own.
 */
export function CurrentUserSettings() {
  const api = useApi();
  const { t } = useTranslation();
  const { info, refresh } = useAppInfo();
  const { users } = useDirectory();
  const [busy, setBusy] = useState(false);
  const current = info.currentUser;
  const choices = users
    .filter((u) => u.active || u.id === current?.id)
    .map((u) => ({ value: u.id, label: u.name, email: u.email, role: u.role }));

  async function choose(userId: string | null) {
    if (!userId || userId === current?.id) return;
    setBusy(true);
    try {
      const next = await api.call('session.setCurrentUser', { userId });
      notifySuccess(t('users.now_working_as', { name: next.currentUser?.name ?? '' }));
      await refresh();
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="current-user-title">
      <Title order={3} size="h5" id="current-user-title">
        {t('users.current_title')}
      </Title>
      <Text size="sm" c="dimmed" mt={4} mb="md">
        {t('users.current_intro')}
      </Text>
      <Select
        label={t('users.working_as')}
        data={choices.length > 0 ? choices : current ? [{ value: current.id, label: current.name }] : []}
        value={current?.id ?? null}
        onChange={(v) => void choose(v)}
        allowDeselect={false}
        searchable
        disabled={busy}
        maw={420}
        nothingFoundMessage={t('form.nothing_found')}
        leftSection={current ? <Avatar size={22} radius="xl" color="blue" name={current.name} /> : undefined}
        renderOption={({ option }) => {
          const user = choices.find((c) => c.value === option.value);
          return (
            <Group gap="sm" wrap="nowrap">
              <Avatar size={26} radius="xl" color="blue" name={option.label} />
              <div>
                <Text size="sm">{option.label}</Text>
                {user && (
                  <Text size="xs" c="dimmed">
                    <span dir="ltr">{user.email}</span> · {t(`users.role.${user.role}`)}
                  </Text>
                )}
              </div>
            </Group>
          );
        }}
      />
    </Paper>
  );
}
