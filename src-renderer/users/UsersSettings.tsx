import { useState } from 'react';
import { Avatar, Badge, Button, Group, Paper, Table, Tabs, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import {
  IconEdit,
  IconPlus,
  IconTrash,
  IconUser,
  IconUserCheck,
  IconUserOff,
  IconUsersGroup,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TeamSummary, UserSummary } from '../../src-shared/api';
import { useApi } from '../api';
import { useAppInfo } from '../app/AppInfoContext';
import { notifyError, notifySuccess } from '../app/errors';
import { formatInteger } from '../i18n/format';
import { useLocale } from '../i18n/useLocale';
import { reloadDirectory, useDirectory } from './directory';
import { TeamDialog } from './TeamDialog';
import { UserDialog } from './UserDialog';
import classes from './Users.module.css';

type Editing =
  | { readonly kind: 'user'; readonly user: UserSummary | null }
  | { readonly kind: 'team'; readonly team: TeamSummary | null }
  | null;

/**
 * Settings › Users and teams: who works in this CRM (role, active or
 * deactivated) and the teams that can own records and be shared with.
 * Everyone sees the lists; only administrators change them.
 */
export function UsersSettings() {
  const { t } = useTranslation();
  const { info } = useAppInfo();
  const { users, teams, loaded } = useDirectory();
  const [tab, setTab] = useState<string | null>('users');
  const [editing, setEditing] = useState<Editing>(null);
  const isAdministrator = info.currentUser?.role === 'administrator';
  const adminOnly = isAdministrator ? undefined : t('users.admin_only');

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="users-title">
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="sm">
        <div>
          <Title order={3} size="h5" id="users-title">
            {t('users.title')}
          </Title>
          <Text size="sm" c="dimmed" mt={4}>
            {t('users.intro')}
          </Text>
        </div>
        <Button
          leftSection={<IconPlus size={16} />}
          onClick={() => setEditing(tab === 'teams' ? { kind: 'team', team: null } : { kind: 'user', user: null })}
          disabled={!isAdministrator}
          title={adminOnly}
          className={classes.noShrink}
        >
          {tab === 'teams' ? t('users.new_team') : t('users.add_user')}
        </Button>
      </Group>
      {!isAdministrator && (
        <Text size="sm" c="dimmed" mb="sm">
          {t('users.admin_only')}
        </Text>
      )}
      <Tabs value={tab} onChange={setTab}>
        <Tabs.List>
          <Tabs.Tab value="users" leftSection={<IconUser size={16} />} rightSection={<Count n={users.length} />}>
            {t('users.tab_users')}
          </Tabs.Tab>
          <Tabs.Tab value="teams" leftSection={<IconUsersGroup size={16} />} rightSection={<Count n={teams.length} />}>
            {t('users.tab_teams')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="users" pt="md">
          <UsersTable
            users={users}
            currentUserId={info.currentUser?.id ?? null}
            disabled={!isAdministrator}
            onEdit={(user) => setEditing({ kind: 'user', user })}
          />
        </Tabs.Panel>
        <Tabs.Panel value="teams" pt="md">
          {loaded && teams.length === 0 ? (
            <Text size="sm" c="dimmed" py="md">
              {t('users.no_teams')}
            </Text>
          ) : (
            <TeamsTable
              teams={teams}
              disabled={!isAdministrator}
              onEdit={(team) => setEditing({ kind: 'team', team })}
            />
          )}
        </Tabs.Panel>
      </Tabs>
      {editing?.kind === 'user' && <UserDialog user={editing.user} onClose={() => setEditing(null)} />}
      {editing?.kind === 'team' && <TeamDialog team={editing.team} onClose={() => setEditing(null)} />}
    </Paper>
  );
}

function Count({ n }: { n: number }) {
  const locale = useLocale();
  return (
    <Badge size="sm" variant="light" color="gray" circle>
      {formatInteger(locale, n)}
    </Badge>
  );
}

function UsersTable({
  users,
  currentUserId,
  disabled,
  onEdit,
}: {
  users: readonly UserSummary[];
  currentUserId: string | null;
  disabled: boolean;
  onEdit(user: UserSummary): void;
}) {
  const api = useApi();
  const { t } = useTranslation();

  async function setActive(user: UserSummary, active: boolean) {
    try {
      await api.call(active ? 'users.activate' : 'users.deactivate', { id: user.id });
      await reloadDirectory(api);
      notifySuccess(t(active ? 'users.activated' : 'users.deactivated', { name: user.name }));
    } catch (error) {
      notifyError(error);
    }
  }

  function confirmDeactivate(user: UserSummary) {
    modals.openConfirmModal({
      title: t('users.deactivate_title', { name: user.name }),
      children: <Text size="sm">{t('users.deactivate_text')}</Text>,
      labels: { confirm: t('users.deactivate'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => void setActive(user, false),
    });
  }

  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" highlightOnHover aria-label={t('users.users_table')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('users.name')}</Table.Th>
            <Table.Th>{t('users.email')}</Table.Th>
            <Table.Th>{t('users.role_label')}</Table.Th>
            <Table.Th>{t('users.status')}</Table.Th>
            {!disabled && (
              <Table.Th>
                <span className={classes.visuallyHidden}>{t('users.actions')}</span>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id} className={user.active ? undefined : classes.inactiveRow}>
              <Table.Td>
                <Group gap="sm" wrap="nowrap">
                  <Avatar size={28} radius="xl" color={user.active ? 'blue' : 'gray'} name={user.name} />
                  <Text size="sm" fw={500}>
                    {user.name}
                  </Text>
                  {user.id === currentUserId && (
                    <Badge size="sm" variant="light">
                      {t('users.you')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm" dir="ltr" className={classes.email}>
                  {user.email}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t(`users.role.${user.role}`)}</Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={user.active ? 'teal' : 'gray'}>
                  {user.active ? t('users.active') : t('users.inactive')}
                </Badge>
              </Table.Td>
              {!disabled && (
                <Table.Td className={classes.actionsCell}>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="subtle"
                      leftSection={<IconEdit size={14} />}
                      onClick={() => onEdit(user)}
                      aria-label={t('users.edit_named', { name: user.name })}
                    >
                      {t('users.edit')}
                    </Button>
                    {user.active ? (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        leftSection={<IconUserOff size={14} />}
                        onClick={() => confirmDeactivate(user)}
                        disabled={user.id === currentUserId}
                        title={user.id === currentUserId ? t('users.error.deactivate_self') : undefined}
                        aria-label={t('users.deactivate_named', { name: user.name })}
                      >
                        {t('users.deactivate')}
                      </Button>
                    ) : (
                      <Button
                        size="xs"
                        variant="subtle"
                        leftSection={<IconUserCheck size={14} />}
                        onClick={() => void setActive(user, true)}
                        aria-label={t('users.activate_named', { name: user.name })}
                      >
                        {t('users.activate')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** At most this many member names in a row; the rest are counted. */
const SHOWN_MEMBERS = 3;

function TeamsTable({
  teams,
  disabled,
  onEdit,
}: {
  teams: readonly TeamSummary[];
  disabled: boolean;
  onEdit(team: TeamSummary): void;
}) {
  const api = useApi();
  const { t } = useTranslation();
  const locale = useLocale();

  function confirmDelete(team: TeamSummary) {
    modals.openConfirmModal({
      title: t('users.delete_team_title', { name: team.name }),
      children: <Text size="sm">{t('users.delete_team_text')}</Text>,
      labels: { confirm: t('users.delete_team'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        try {
          await api.call('teams.delete', { id: team.id });
          await reloadDirectory(api);
          notifySuccess(t('users.team_deleted', { name: team.name }));
        } catch (error) {
          notifyError(error);
        }
      },
    });
  }

  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" highlightOnHover aria-label={t('users.teams_table')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('users.team_name')}</Table.Th>
            <Table.Th>{t('users.team_description')}</Table.Th>
            <Table.Th>{t('users.members')}</Table.Th>
            {!disabled && (
              <Table.Th>
                <span className={classes.visuallyHidden}>{t('users.actions')}</span>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {teams.map((team) => {
            const names = team.members.slice(0, SHOWN_MEMBERS).map((m) => m.name);
            const more = team.members.length - names.length;
            return (
              <Table.Tr key={team.id}>
                <Table.Td>
                  <Group gap="sm" wrap="nowrap">
                    <IconUsersGroup size={18} stroke={1.6} aria-hidden />
                    <Text size="sm" fw={500}>
                      {team.name}
                    </Text>
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed" lineClamp={2}>
                    {team.description ?? ''}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {team.members.length === 0
                      ? t('users.no_members')
                      : more > 0
                        ? t('users.members_more', { names: names.join(', '), n: formatInteger(locale, more) })
                        : names.join(', ')}
                  </Text>
                </Table.Td>
                {!disabled && (
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="subtle"
                        leftSection={<IconEdit size={14} />}
                        onClick={() => onEdit(team)}
                        aria-label={t('users.edit_named', { name: team.name })}
                      >
                        {t('users.edit')}
                      </Button>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        leftSection={<IconTrash size={14} />}
                        onClick={() => confirmDelete(team)}
                        aria-label={t('users.delete_named', { name: team.name })}
                      >
                        {t('users.delete_team')}
                      </Button>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
