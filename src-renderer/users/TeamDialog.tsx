import { useState } from 'react';
import { Button, Group, Modal, MultiSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldIssue, TeamSummary } from '../../src-shared/api';
import { checkTeam, MAX_TEAM_DESCRIPTION, MAX_TEAM_NAME } from '../../src-shared/rules/users';
import { useApi } from '../api';
import { apiErrorOf, notifyError, notifySuccess, translateIssue } from '../app/errors';
import { reloadDirectory, useDirectory } from './directory';

interface TeamDialogProps {
  /** The team to edit; null creates one. */
  readonly team: TeamSummary | null;
  onClose(): void;
}

/** Create or edit a team: its name, description and members. */
export function TeamDialog({ team, onClose }: TeamDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={team ? t('users.edit_team_title') : t('users.new_team_title')} centered>
      <TeamForm team={team} onClose={onClose} />
    </Modal>
  );
}

function TeamForm({ team, onClose }: TeamDialogProps) {
  const api = useApi();
  const { t } = useTranslation();
  const { users } = useDirectory();
  const [name, setName] = useState(team?.name ?? '');
  const [description, setDescription] = useState(team?.description ?? '');
  const [members, setMembers] = useState<string[]>(team?.members.map((m) => m.id) ?? []);
  // Set once the team exists: a failure while adding members must not create it twice.
  const [saved, setSaved] = useState<TeamSummary | null>(team);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  function show(issues: readonly FieldIssue[]): boolean {
    const byField: Record<string, string> = {};
    for (const issue of issues) byField[String(issue.path[0] ?? '')] ??= translateIssue(t, issue);
    setErrors(byField);
    return issues.length > 0;
  }

  async function save() {
    if (show(checkTeam({ name, description }).issues)) return;
    setBusy(true);
    try {
      let current = saved
        ? await api.call('teams.update', {
            id: saved.id,
            name,
            description: description.trim() === '' ? null : description,
          })
        : await api.call('teams.create', { name, ...(description.trim() ? { description } : {}) });
      setSaved(current);
      const had = new Set(current.members.map((m) => m.id));
      for (const userId of members.filter((id) => !had.has(id))) {
        current = await api.call('teams.addMember', { teamId: current.id, userId });
      }
      for (const userId of [...had].filter((id) => !members.includes(id))) {
        current = await api.call('teams.removeMember', { teamId: current.id, userId });
      }
      await reloadDirectory(api);
      notifySuccess(t('users.team_saved', { name: current.name }));
      onClose();
    } catch (failure) {
      const issues = apiErrorOf(failure)?.issues;
      if (!issues || !show(issues)) notifyError(failure);
    } finally {
      setBusy(false);
    }
  }

  const memberChoices = users
    .filter((u) => u.active || members.includes(u.id))
    .map((u) => ({ value: u.id, label: u.name }));
  const clear = (field: string) => setErrors(({ [field]: _, ...rest }) => rest);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      noValidate
    >
      <Stack gap="md">
        <TextInput
          label={t('users.team_name')}
          value={name}
          onChange={(e) => {
            setName(e.currentTarget.value);
            clear('name');
          }}
          error={errors['name']}
          maxLength={MAX_TEAM_NAME}
          dir="auto"
          withAsterisk
          data-autofocus
        />
        <Textarea
          label={t('users.team_description')}
          value={description}
          onChange={(e) => {
            setDescription(e.currentTarget.value);
            clear('description');
          }}
          error={errors['description']}
          maxLength={MAX_TEAM_DESCRIPTION}
          dir="auto"
          autosize
          minRows={2}
          maxRows={5}
        />
        <MultiSelect
          label={t('users.members')}
          description={t('users.members_hint')}
          data={memberChoices}
          value={members}
          onChange={setMembers}
          searchable
          clearable
          nothingFoundMessage={t('form.nothing_found')}
          comboboxProps={{ withinPortal: false }}
          placeholder={members.length === 0 ? t('users.choose_members') : undefined}
        />
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {saved ? t('users.save') : t('users.create_team')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
