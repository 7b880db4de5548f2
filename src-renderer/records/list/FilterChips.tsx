import { Button, CloseButton, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EntityDef } from '../../../src-shared/entities';
import { useLocale } from '../../i18n/useLocale';
import { useUiStore } from '../../stores/ui-store';
import { fieldOfColumn } from './columns';
import { describeFilter } from './describe-filter';
import type { AppliedFilter } from './filter-model';
import classes from './FilterChips.module.css';

/** The active column filters as removable chips, with "Clear all". */
export function FilterChips({ entity, filters }: { entity: EntityDef; filters: readonly AppliedFilter[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const removeFilter = useUiStore((s) => s.removeFilter);
  const clearFilters = useUiStore((s) => s.clearFilters);
  if (filters.length === 0) return null;

  return (
    <Group gap="xs" className={classes.row} role="list" aria-label={t('filter.active')}>
      <Text size="sm" c="dimmed">
        {t('filter.active')}:
      </Text>
      {filters.map((filter, index) => {
        const field = fieldOfColumn(entity, filter.field);
        const text = field ? describeFilter(field, filter, { t, locale }) : filter.field;
        return (
          <span key={`${filter.field}-${filter.op}-${index}`} className={classes.chip} role="listitem">
            <span className={classes.chipText}>{text}</span>
            <CloseButton
              size="xs"
              radius="xl"
              aria-label={t('filter.remove', { filter: text })}
              onClick={() => removeFilter(entity.name, index)}
            />
          </span>
        );
      })}
      {filters.length > 1 && (
        <Button variant="subtle" size="compact-sm" onClick={() => clearFilters(entity.name)}>
          {t('filter.clear_all')}
        </Button>
      )}
    </Group>
  );
}
