import { useEffect, useMemo, useState } from 'react';
import {
  ActionIcon,
  Button,
  Divider,
  Group,
  Loader,
  Modal,
  MultiSelect,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  SHARE_ACCESS,
  type PrincipalType,
  type RecordData,
  type RecordShare,
  type ShareAccess,
} from '../../src-shared/api';
import { useApi } from '../api';
import { apiErrorOf, notifyError, translateIssue } from '../app/errors';
import { formatDateTime } from '../i18n/format';
import { useLocale } from '../i18n/useLocale';
import { useDirectory } from './directory';
import { principalOptions, principalTypeOf } from './principal-options';
import { PrincipalIcon } from './PrincipalSelect';

interface ShareDialogProps {
  readonly entity: string;
  readonly record: RecordData;
  onClose(): void;
}

/** "Share": give users and teams read or read-and-write access, and see or end the current shares. */
export function ShareDialog(props: ShareDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={t('users.share_title', { name: props.record.display_name })}
      size="lg"
      centered
    >
      <ShareForm {...props} />
    </Modal>
  );
}

function ShareForm({ entity, record, onClose }: ShareDialogProps) {
  const api = useApi();
  const { t } = useTranslation();
  const { users, teams } = useDirectory();
  const [shares, setShares] = useState<readonly RecordShare[] | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [access, setAccess] = useState<ShareAccess>('read');
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    api.call('records.shares', { entity, id: record.id }).then((list) => live && setShares(list), notifyError);
    return () => {
      live = false;
    };
  }, [api, entity, record.id]);

  const options = useMemo(() => {
    // Neither those it is shared with already (their access is changed below) nor its owner.
    const taken = new Set(shares?.map((s) => s.principal.id) ?? []);
    const owner = record.values['owner_id'];
    if (typeof owner === 'string') taken.add(owner);
    return principalOptions(users, teams, { users: t('users.group_users'), teams: t('users.group_teams') })
      .map((g) => ({ ...g, items: g.items.filter((i) => !taken.has(i.value)) }))
      .filter((g) => g.items.length > 0);
  }, [users, teams, shares, record.values, t]);

  async function run(action: () => Promise<readonly RecordShare[]>): Promise<boolean> {
    setBusy(true);
    try {
      setShares(await action());
      return true;
    } catch (failure) {
      const issue = apiErrorOf(failure)?.issues?.[0];
      if (issue) setError(translateIssue(t, issue));
      else notifyError(failure);
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function share() {
    const principals = chosen
      .map((id) => ({ id, type: principalTypeOf(id, users, teams) }))
      .filter((p): p is { id: string; type: PrincipalType } => p.type !== null);
    if (principals.length === 0) {
      setError(t('users.choose_share'));
      return;
    }
    if (await run(() => api.call('records.share', { entity, id: record.id, principals, access }))) setChosen([]);
  }

  const changeAccess = (s: RecordShare, next: ShareAccess) =>
    run(() =>
      api.call('records.share', {
        entity,
        id: record.id,
        principals: [{ type: s.principal.type, id: s.principal.id }],
        access: next,
      }),
    );
  const remove = (s: RecordShare) =>
    run(() =>
      api.call('records.unshare', {
        entity,
        id: record.id,
        principal: { type: s.principal.type, id: s.principal.id },
      }),
    );

  const accessData = SHARE_ACCESS.map((a) => ({ value: a, label: t(`users.access.${a}`) }));
  return (
    <Stack gap="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void share();
        }}
      >
        <Stack gap="sm">
          <MultiSelect
            label={t('users.share_with')}
            placeholder={chosen.length === 0 ? t('users.choose_principal') : undefined}
            data={options}
            value={chosen}
            onChange={(next) => {
              setChosen(next);
              setError(undefined);
            }}
            error={error}
            searchable
            clearable
            nothingFoundMessage={t('form.nothing_found')}
            renderOption={({ option }) => (
              <Group gap={8} wrap="nowrap">
                <PrincipalIcon type={principalTypeOf(option.value, users, teams) ?? 'user'} />
                <Text size="sm" span>
                  {option.label}
                </Text>
              </Group>
            )}
          />
          <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
            <div>
              <Text size="sm" fw={500} mb={4} id="share-access-label">
                {t('users.access_label')}
              </Text>
              <SegmentedControl
                aria-labelledby="share-access-label"
                value={access}
                onChange={(v) => setAccess(v as ShareAccess)}
                data={accessData}
              />
            </div>
            <Button type="submit" loading={busy}>
              {t('users.share')}
            </Button>
          </Group>
        </Stack>
      </form>
      <Divider />
      <div>
        <Title order={4} size="h6" mb="xs">
          {t('users.shared_with')}
        </Title>
        {shares === null ? (
          <Loader size="sm" aria-label={t('app.loading')} />
        ) : shares.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('users.not_shared')}
          </Text>
        ) : (
          <SharesTable shares={shares} accessData={accessData} busy={busy} onAccess={changeAccess} onRemove={remove} />
        )}
      </div>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('users.close')}
        </Button>
      </Group>
    </Stack>
  );
}

function SharesTable({
  shares,
  accessData,
  busy,
  onAccess,
  onRemove,
}: {
  shares: readonly RecordShare[];
  accessData: { value: string; label: string }[];
  busy: boolean;
  onAccess(share: RecordShare, access: ShareAccess): void;
  onRemove(share: RecordShare): void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Table verticalSpacing={6} aria-label={t('users.shared_with')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('users.shared_name')}</Table.Th>
          <Table.Th>{t('users.access_label')}</Table.Th>
          <Table.Th>{t('users.shared_by')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {shares.map((s) => (
          <Table.Tr key={s.principal.id}>
            <Table.Td>
              <Group gap={8} wrap="nowrap">
                <PrincipalIcon type={s.principal.type} />
                <Text size="sm">{s.principal.name}</Text>
              </Group>
            </Table.Td>
            <Table.Td>
              <Select
                size="xs"
                w={170}
                aria-label={t('users.access_of', { name: s.principal.name })}
                data={accessData}
                value={s.access}
                allowDeselect={false}
                onChange={(v) => v && v !== s.access && onAccess(s, v as ShareAccess)}
                disabled={busy}
                comboboxProps={{ withinPortal: false }}
              />
            </Table.Td>
            <Table.Td>
              <Text size="xs">{s.sharedBy.name}</Text>
              <Text size="xs" c="dimmed">
                {formatDateTime(locale, s.sharedAt)}
              </Text>
            </Table.Td>
            <Table.Td ta="end">
              <Tooltip label={t('users.unshare_named', { name: s.principal.name })}>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  onClick={() => onRemove(s)}
                  disabled={busy}
                  aria-label={t('users.unshare_named', { name: s.principal.name })}
                >
                  <IconX size={16} />
                </ActionIcon>
              </Tooltip>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
