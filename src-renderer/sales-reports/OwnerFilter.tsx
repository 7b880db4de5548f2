import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDirectory } from '../users/directory';

/** "All owners", or one user or team, for the pipeline, funnel and forecast. */
export function OwnerFilter({ value, onChange }: { value: string | null; onChange: (id: string | null) => void }) {
  const { t } = useTranslation();
  const { users, teams } = useDirectory();
  const data = [
    { group: t('sales_reports.owner_users'), items: users.map((u) => ({ value: u.id, label: u.name })) },
    ...(teams.length > 0
      ? [{ group: t('sales_reports.owner_teams'), items: teams.map((team) => ({ value: team.id, label: team.name })) }]
      : []),
  ];
  return (
    <Select
      label={t('sales_reports.owner')}
      placeholder={t('sales_reports.all_owners')}
      data={data}
      value={value}
      onChange={onChange}
      clearable
      searchable
      w={240}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
