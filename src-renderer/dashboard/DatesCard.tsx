import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCake, IconCalendarStar, IconHeart } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DashboardSummary, UpcomingDate } from '../../src-shared/api';
import { getEntity, type WorkArea } from '../../src-shared/entities';
import { linkProps } from '../app/navigation';
import { areaForEntity } from '../app/work-area';
import { useLocale } from '../i18n/useLocale';
import classes from './Dashboard.module.css';
import { formatDay, yearsOn } from './format';

const contact = getEntity('contact');

function KindIcon({ kind }: { kind: string }) {
  const Icon = kind === 'birthday' ? IconCake : kind === 'anniversary' ? IconHeart : IconCalendarStar;
  return <Icon size={20} stroke={1.6} aria-hidden />;
}

function DateRow({ item, area }: { item: UpcomingDate; area: WorkArea }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const years = yearsOn(item.date, item.next);
  const when =
    item.daysAway === 0
      ? t('dashboard.dates.today')
      : item.daysAway === 1
        ? t('dashboard.dates.tomorrow')
        : t('dashboard.dates.in_days', { count: item.daysAway });
  return (
    <li className={classes.row}>
      <div className={`${classes.day} ${item.daysAway === 0 ? classes.dayToday : ''}`}>
        <Text size="sm" fw={600}>
          {formatDay(locale, item.next)}
        </Text>
        <Text size="xs" c="dimmed">
          {when}
        </Text>
      </div>
      <div className={classes.rowMain}>
        <Anchor
          {...linkProps({ kind: 'record', area: areaForEntity(contact, area), entity: contact, id: item.contactId })}
          className={classes.subject}
          dir="auto"
        >
          {item.contactName}
        </Anchor>
        <Group gap={6} wrap="nowrap" mt={2}>
          <KindIcon kind={item.kind} />
          <Text size="sm" c="dimmed">
            {t(`field.contact.${item.kind}`)}
            {years > 0 &&
              ` · ${item.kind === 'birthday' ? t('dashboard.dates.turns', { count: years }) : t('dashboard.dates.since', { year: item.date.slice(0, 4) })}`}
          </Text>
        </Group>
      </div>
    </li>
  );
}

/** Birthdays, anniversaries and other important dates of the user's contacts in the next 30 days. */
export function DatesCard({ area, data }: { area: WorkArea; data: DashboardSummary['dates'] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="lg" className={classes.card} component="section" aria-labelledby="dash-dates">
      <Stack gap="sm">
        <div>
          <Title order={3} size="h4" id="dash-dates" className={classes.cardTitle}>
            <IconCake size={22} stroke={1.6} aria-hidden />
            {t('dashboard.dates.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('dashboard.dates.subtitle')}
          </Text>
        </div>
        {data.items.length === 0 ? (
          <div className={classes.empty}>
            <Text fw={500}>{t('dashboard.dates.empty')}</Text>
            <Text size="sm" c="dimmed">
              {t('dashboard.dates.empty_hint')}
            </Text>
          </div>
        ) : (
          <ul className={classes.list} aria-labelledby="dash-dates">
            {data.items.map((item) => (
              <DateRow key={`${item.contactId}:${item.kind}`} item={item} area={area} />
            ))}
          </ul>
        )}
        {data.more && (
          <Text size="sm" c="dimmed">
            {t('dashboard.dates.more')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
