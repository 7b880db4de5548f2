import { useState } from 'react';
import { Button, Group, Modal, Radio, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { USER_ROLES, type FieldIssue, type UserRole, type UserSummary } from '../../src-shared/api';
import { checkUser, MAX_EMAIL, MAX_USER_NAME } from '../../src-shared/rules/users';
import { useApi } from '../api';
import { apiErrorOf, notifyError, notifySuccess, translateIssue } from '../app/errors';
import { reloadDirectory } from './directory';

interface UserDialogProps {
  /** The user to edit; null adds one. */
  readonly user: UserSummary | null;
  onClose(): void;
}

/** Add or edit a user: name, e-mail and role, checked as the backend checks them. */
export function UserDialog({ user, onClose }: UserDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={user ? t('users.edit_user_title') : t('users.add_user_title')} centered>
      <UserForm user={user} onClose={onClose} />
    </Modal>
  );
}

function UserForm({ user, onClose }: UserDialogProps) {
  const api = useApi();
  const { t } = useTranslation();
  const [name, setName] = useState(user?.name ?? '');
  const [email, setEmail] = useState(user?.email ?? '');
  const [role, setRole] = useState<UserRole>(user?.role ?? 'user');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  function show(issues: readonly FieldIssue[]): boolean {
    const byField: Record<string, string> = {};
    for (const issue of issues) {
      const field = String(issue.path[0] ?? '');
      byField[field] ??= translateIssue(t, issue);
    }
    setErrors(byField);
    return issues.length > 0;
  }

  async function save() {
    if (show(checkUser({ name, email }, user?.email ?? null).issues)) return;
    setBusy(true);
    try {
      const saved = user
        ? await api.call('users.update', { id: user.id, name, email, role })
        : await api.call('users.create', { name, email, role });
      await reloadDirectory(api);
      notifySuccess(t(user ? 'users.user_saved' : 'users.user_added', { name: saved.name }));
      onClose();
    } catch (failure) {
      const issues = apiErrorOf(failure)?.issues;
      if (!issues || !show(issues)) notifyError(failure);
    } finally {
      setBusy(false);
    }
  }

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
          label={t('users.name')}
          value={name}
          onChange={(e) => {
            setName(e.currentTarget.value);
            clear('name');
          }}
          error={errors['name']}
          maxLength={MAX_USER_NAME}
          dir="auto"
          withAsterisk
          data-autofocus
        />
        <TextInput
          label={t('users.email')}
          type="email"
          value={email}
          onChange={(e) => {
            setEmail(e.currentTarget.value);
            clear('email');
          }}
          error={errors['email']}
          maxLength={MAX_EMAIL}
          dir="ltr"
          withAsterisk
        />
        <Radio.Group label={t('users.role_label')} value={role} onChange={(v) => setRole(v as UserRole)}>
          <Stack gap={10} mt={8}>
            {USER_ROLES.map((r) => (
              <Radio key={r} value={r} label={t(`users.role.${r}`)} description={t(`users.role_hint.${r}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {user ? t('users.save') : t('users.add_user')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
