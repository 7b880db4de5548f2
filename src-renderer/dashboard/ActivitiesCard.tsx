import { useState } from 'react';
import { ActionIcon, Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconChecklist, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DashboardActivity, DashboardSummary } from '../../src-shared/api';
import { getEntity, getField, isEntityName, type WorkArea } from '../../src-shared/entities';
import { parseRef } from '../../src-shared/rules/records';
import { systemViewsOf } from '../../src-shared/views/system-views';
import { useApi } from '../api';
import { notifyError, notifySuccess } from '../app/errors';
import { EntityIcon } from '../app/icons';
import { linkProps, navigate } from '../app/navigation';
import { formatRoute } from '../app/routes';
import { areaForEntity } from '../app/work-area';
import { formatDateTime, formatInteger } from '../i18n/format';
import { useLocale } from '../i18n/useLocale';
import { choiceKey } from '../records/fields/display';
import { NewRecordButton } from '../records/list/NewRecordButton';
import { useUiStore } from '../stores/ui-store';
import { formatRelative } from '../timeline/relative-time';
import classes from './Dashboard.module.css';

const activity = getEntity('activity');

/** A count that opens the activities list on the system view that lists exactly those activities. */
function StatLink(props: {
  area: WorkArea;
  viewKey: string;
  label: string;
  hint?: string;
  value: number;
  tone?: 'alert' | 'today';
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const applyView = useUiStore((s) => s.applyView);
  const view = systemViewsOf(activity).find((v) => v.id === `builtin:activity:${props.viewKey}`);
  const route = { kind: 'list', area: props.area, entity: activity } as const;
  // The accent marks counts that need attention, so none while there is nothing to do.
  const tone =
    props.value === 0
      ? ''
      : props.tone === 'alert'
        ? classes.statAlert
        : props.tone === 'today'
          ? classes.statToday
          : '';
  return (
    <a
      href={`#${formatRoute(route)}`}
      className={`${classes.stat} ${tone}`}
      aria-label={`${props.label}: ${formatInteger(locale, props.value)}. ${t('dashboard.activities.open_view', {
        view: t(view?.nameKey ?? ''),
      })}`}
      onClick={(event) => {
        if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
        event.preventDefault();
        if (view) applyView('activity', view);
        navigate(route);
      }}
    >
      <Text className={classes.statValue}>{formatInteger(locale, props.value)}</Text>
      <Text size="sm" fw={500}>
        {props.label}
      </Text>
      {props.hint && (
        <Text size="xs" c="dimmed">
          {props.hint}
        </Text>
      )}
    </a>
  );
}

function typeIcon(type: string): string {
  const field = getField(activity, 'activity_type');
  return (field?.type === 'choice' && field.icons?.[type]) || 'activity';
}

function UrgentRow({ item, area }: { item: DashboardActivity; area: WorkArea }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const ref = item.regarding ? parseRef(item.regarding.ref) : null;
  const target = ref && isEntityName(ref.entity) ? getEntity(ref.entity) : null;
  const when = item.due ? formatDateTime(locale, item.due) : null;

  async function complete() {
    setBusy(true);
    try {
      const saved = await api.call('records.update', {
        entity: 'activity',
        id: item.id,
        values: { status: 'completed' },
      });
      notifySuccess(t('activity.done.complete', { name: saved.display_name }));
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className={classes.row}>
      <Tooltip label={t(choiceKey('activity_type', item.type))} withArrow>
        <span>
          <EntityIcon name={typeIcon(item.type)} size={20} />
        </span>
      </Tooltip>
      <div className={classes.rowMain}>
        <Anchor
          {...linkProps({ kind: 'record', area, entity: activity, id: item.id })}
          className={classes.subject}
          dir="auto"
        >
          {item.subject}
        </Anchor>
        <Group gap={6} wrap="wrap" mt={2}>
          {item.overdue && (
            <Badge color="red" variant="light" size="sm">
              {t('dashboard.activities.late')}
            </Badge>
          )}
          {item.priority === 'high' && (
            <Badge color="orange" variant="light" size="sm">
              {t('dashboard.activities.high')}
            </Badge>
          )}
          <Text size="sm" c={item.overdue ? undefined : 'dimmed'} className={item.overdue ? classes.late : undefined}>
            {when
              ? t(item.dueIsStart ? 'dashboard.activities.starts' : 'dashboard.activities.due', { when })
              : t('dashboard.activities.no_date')}
            {item.due && ` · ${formatRelative(locale, item.due)}`}
          </Text>
        </Group>
        {target && ref && (
          <Group gap={4} wrap="nowrap" mt={2}>
            <Text c="dimmed" span>
              <EntityIcon name={target.icon} size={14} />
            </Text>
            <Anchor
              size="sm"
              {...linkProps({ kind: 'record', area: areaForEntity(target, area), entity: target, id: ref.id })}
              dir="auto"
              truncate
            >
              {item.regarding?.name}
            </Anchor>
          </Group>
        )}
      </div>
      <Tooltip label={t('dashboard.activities.complete')} withArrow>
        <ActionIcon
          variant="subtle"
          color="teal"
          size="lg"
          loading={busy}
          aria-label={t('dashboard.activities.complete_named', { name: item.subject })}
          onClick={() => void complete()}
        >
          <IconCircleCheck size={20} />
        </ActionIcon>
      </Tooltip>
    </li>
  );
}

/** The user's open activities: overdue, due today and coming up, then the most urgent to act on. */
export function ActivitiesCard({ area, data }: { area: WorkArea; data: DashboardSummary['activities'] }) {
  const { t } = useTranslation();
  const applyView = useUiStore((s) => s.applyView);
  const mine = systemViewsOf(activity).find((v) => v.id === 'builtin:activity:my_open');
  const listRoute = { kind: 'list', area, entity: activity } as const;

  return (
    <Paper withBorder radius="md" p="lg" className={classes.card} component="section" aria-labelledby="dash-activities">
      <Stack gap="md">
        <Group justify="space-between" wrap="nowrap">
          <Title order={3} size="h4" id="dash-activities" className={classes.cardTitle}>
            <IconChecklist size={22} stroke={1.6} aria-hidden />
            {t('dashboard.activities.title')}
          </Title>
          <NewRecordButton
            area={area}
            entity={activity}
            label={t('dashboard.activities.new')}
            variant="light"
            size="xs"
          />
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <StatLink
            area={area}
            viewKey="overdue"
            label={t('dashboard.activities.overdue')}
            value={data.overdue}
            tone="alert"
          />
          <StatLink
            area={area}
            viewKey="due_today"
            label={t('dashboard.activities.due_today')}
            value={data.dueToday}
            tone="today"
          />
          <StatLink
            area={area}
            viewKey="my_open"
            label={t('dashboard.activities.soon')}
            hint={t('dashboard.activities.soon_hint')}
            value={data.soon}
          />
        </SimpleGrid>
        {data.urgent.length === 0 ? (
          <div className={classes.empty}>
            <Text fw={500}>{t('dashboard.activities.empty')}</Text>
            <Text size="sm" c="dimmed">
              {t('dashboard.activities.empty_hint')}
            </Text>
          </div>
        ) : (
          <div>
            <Text size="sm" fw={600} c="dimmed" mb={4} id="dash-urgent">
              {t('dashboard.activities.urgent')}
            </Text>
            <ul className={classes.list} aria-labelledby="dash-urgent">
              {data.urgent.map((item) => (
                <UrgentRow key={item.id} item={item} area={area} />
              ))}
            </ul>
          </div>
        )}
        {data.open > 0 && (
          <Anchor
            href={`#${formatRoute(listRoute)}`}
            size="sm"
            onClick={(event) => {
              if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
              event.preventDefault();
              if (mine) applyView('activity', mine);
              navigate(listRoute);
            }}
          >
            {t('dashboard.activities.all_open', { count: data.open })}
          </Anchor>
        )}
      </Stack>
    </Paper>
  );
}
