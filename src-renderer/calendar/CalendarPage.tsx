import { useMemo, useState } from 'react';
import {
  ActionIcon,
  Alert,
  Avatar,
  Button,
  Center,
  Group,
  Loader,
  MultiSelect,
  SegmentedControl,
  Text,
  Title,
  Tooltip,
  useDirection,
} from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MAX_CALENDAR_USERS, type CalendarRange } from '../../src-shared/api';
import type { WorkArea } from '../../src-shared/entities';
import {
  byDay,
  CALENDAR_VIEWS,
  daysRange,
  instantAt,
  isWeekend,
  localMinute,
  monthGrid,
  stepAnchor,
  visibleDays,
  type CalendarView,
  type Placed,
} from '../../src-shared/rules/calendar';
import { useApi } from '../api';
import { useAppInfo } from '../app/AppInfoContext';
import { apiErrorOf, errorText, notifyError, notifySuccess, translateIssue } from '../app/errors';
import { useUsers } from '../records/fields/useUsers';
import classes from './calendar.module.css';
import { dayToText, formatDay, formatWhen, periodTitle, textToDay } from './calendar-format';
import { toShown, type Shown } from './calendar-items';
import { useCalendarStore } from './calendar-store';
import { MonthView } from './MonthView';
import { QuickCreateDialog, type QuickCreateRequest } from './QuickCreateDialog';
import { TimeGrid, type GridColumn } from './TimeGrid';
import { useCalendarRange } from './useCalendarRange';
import { useCalendarSettings } from './useCalendarSettings';
import { useConflictCheck } from './useConflictCheck';

const MS_PER_MINUTE = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** A move on its way: the item is drawn there until the calendar shows newer data (or the move is given up). */
interface PendingMove {
  readonly key: string;
  readonly start: number;
  readonly end: number;
  /** What the calendar showed when the move began: once it shows something newer, that is the truth. */
  readonly over: CalendarRange | null;
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0])
    .join('')
    .toUpperCase();
}

/**
 * "Calendar" in My Work: the current user's appointments and dated
 * activities by day, week or month, and a team view of several people's
 * day side by side. Items open on click, move by dragging (after a check
 * for double-booking), and a free slot becomes a new appointment.
 */
export function CalendarPage({ area }: { area: WorkArea }) {
  const api = useApi();
  const { t } = useTranslation();
  const { info } = useAppInfo();
  const rtl = useDirection().dir === 'rtl';
  const settings = useCalendarSettings();
  const { locale, timeZone, today, calendar, week } = settings;
  const { view, anchor: anchorText, team, setView, setAnchor, setTeam } = useCalendarStore();
  const users = useUsers();
  const me = info.currentUser?.id ?? '';
  const anchor = (anchorText ? textToDay(anchorText) : null) ?? today;
  const viewSettings = { firstDay: week.firstDay, calendar };
  const days = visibleDays(view, anchor, viewSettings);
  const teamIds = view === 'team' ? (team.length > 0 ? team : [me]) : [];
  const firstDay = days[0] ?? anchor;
  const lastDay = days[days.length - 1] ?? anchor;
  const period = daysRange(firstDay, lastDay, timeZone);
  const range = useCalendarRange(iso(period.from), iso(period.to), teamIds);
  const conflicts = useConflictCheck();
  const [quick, setQuick] = useState<QuickCreateRequest | null>(null);
  const [pending, setPending] = useState<PendingMove | null>(null);
  const title = periodTitle(locale, view, days, anchor, calendar);
  const nameOf = (id: string) =>
    users.find((u) => u.id === id)?.name ?? (id === me ? (info.currentUser?.name ?? '') : '');

  const data = range.data;
  const shown = useMemo(() => {
    const list = (data?.items ?? []).map(toShown);
    if (!pending || pending.over !== data) return list;
    return list.map((s) => (s.key === pending.key ? { ...s, start: pending.start, end: pending.end } : s));
  }, [data, pending]);

  const go = (next: number) => setAnchor(next === today ? null : dayToText(next));
  const openDay = (day: number) => {
    setView('day');
    go(day);
  };

  async function move(item: Shown, start: number) {
    const end = start + (item.end - item.start);
    const { item: it } = item;
    setPending({ key: item.key, start, end, over: data });
    const target = it.id
      ? { id: it.id }
      : { seriesId: it.series?.id ?? '', originalStart: it.series?.originalStart ?? it.start };
    try {
      if (it.activityType === 'appointment' && it.status === 'open') {
        const parties = [...new Set([...(it.ownerId ? [`user:${it.ownerId}`] : []), ...it.attendees])];
        const proceed =
          parties.length === 0 ||
          (await conflicts.confirm({
            slots: [{ start: iso(start), end: iso(end) }],
            parties,
            ...(it.id
              ? { excludeId: it.id }
              : { excludeOccurrence: target as { seriesId: string; originalStart: string } }),
          }));
        if (!proceed) {
          setPending(null);
          return;
        }
      }
      await api.call('calendar.move', { target, start: iso(start), ...(it.due ? {} : { end: iso(end) }) });
      notifySuccess(
        t('calendar.moved', { name: it.subject || t('calendar.item.no_subject'), when: formatWhen(locale, start) }),
      );
    } catch (error) {
      setPending(null);
      const issue = apiErrorOf(error)?.issues?.[0];
      notifyError(error, issue ? translateIssue(t, issue) : undefined);
    }
  }

  function create(start: number, end: number, ownerId: string) {
    setQuick({ start: iso(start), end: iso(end), ownerId, ownerName: nameOf(ownerId) });
  }

  function newAppointment() {
    const now = localMinute(Date.now(), timeZone);
    const day = view === 'team' || view === 'day' ? anchor : today;
    const minutes = day === today ? Math.min(Math.ceil((now.minutes + 1) / 60) * 60, 23 * 60) : 9 * 60;
    const start = instantAt(day, minutes, timeZone);
    create(start, start + 30 * MS_PER_MINUTE, view === 'team' ? (teamIds[0] ?? me) : me);
  }

  const loaded = range.key !== null;
  let body;
  if (!loaded && range.error) {
    body = (
      <Alert color="red" m="md" title={t('calendar.failed')}>
        {errorText(t, range.error)}
      </Alert>
    );
  } else if (!loaded) {
    body = (
      <Center h="100%">
        <Loader aria-label={t('calendar.loading')} />
      </Center>
    );
  } else if (view === 'month') {
    const grid = monthGrid(anchor, week.firstDay, calendar);
    body = (
      <MonthView
        area={area}
        settings={settings}
        weeks={grid.weeks}
        first={grid.first}
        last={grid.last}
        items={byDay(shown, days, timeZone)}
        label={t('calendar.grid_label', { period: title })}
        onMove={(item, start) => void move(item, start)}
        onCreate={(day) => {
          const start = instantAt(day, 9 * 60, timeZone);
          create(start, start + 30 * MS_PER_MINUTE, me);
        }}
        onOpenDay={openDay}
      />
    );
  } else {
    let columns: GridColumn[];
    const items = new Map<string, readonly Placed<Shown>[]>();
    if (view === 'team') {
      columns = teamIds.map((id) => {
        const name = nameOf(id);
        return {
          key: id,
          day: anchor,
          userId: id,
          label: name,
          today: anchor === today,
          weekend: false,
          head: (
            <div className={classes.personHead}>
              <Avatar size={26} radius="xl" color="initials" name={name}>
                {initials(name)}
              </Avatar>
              <span dir="auto">{id === me ? t('calendar.team.you', { name }) : name}</span>
            </div>
          ),
        };
      });
      for (const id of teamIds) {
        const theirs = shown.filter((s) => s.item.userIds.includes(id));
        items.set(id, byDay(theirs, [anchor], timeZone).get(anchor) ?? []);
      }
    } else {
      const grouped = byDay(shown, days, timeZone);
      columns = days.map((day) => {
        const label = formatDay(locale, day, { weekday: 'long', day: 'numeric', month: 'long' });
        return {
          key: String(day),
          day,
          userId: null,
          label,
          today: day === today,
          weekend: view === 'week' && isWeekend(day, week),
          head: (
            <>
              <div className={classes.weekday}>{formatDay(locale, day, { weekday: 'short' })}</div>
              <button
                type="button"
                className={classes.dayNumber}
                aria-label={t('calendar.open_day', { date: label })}
                onClick={() => openDay(day)}
              >
                {formatDay(locale, day, { day: 'numeric' })}
              </button>
            </>
          ),
        };
      });
      for (const day of days) items.set(String(day), grouped.get(day) ?? []);
    }
    body =
      view === 'team' && columns.length === 0 ? (
        <Text className={classes.emptyTeam} c="dimmed">
          {t('calendar.team.empty')}
        </Text>
      ) : (
        <TimeGrid
          area={area}
          settings={settings}
          columns={columns}
          items={items}
          lockColumns={view === 'team'}
          periodKey={`${view}|${firstDay}|${teamIds.join(',')}`}
          loaded={loaded}
          label={t('calendar.grid_label', { period: title })}
          onMove={(item, start) => void move(item, start)}
          onCreate={(column, start, end) => create(start, end, column.userId ?? me)}
        />
      );
  }

  const Previous = rtl ? IconChevronRight : IconChevronLeft;
  const Next = rtl ? IconChevronLeft : IconChevronRight;

  return (
    <div className={classes.page}>
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Title order={2}>{t('page.calendar.title')}</Title>
        <Group gap="sm" wrap="wrap">
          <SegmentedControl
            aria-label={t('calendar.view.label')}
            value={view}
            onChange={(value) => setView(value as CalendarView)}
            data={CALENDAR_VIEWS.map((v) => ({ value: v, label: t(`calendar.view.${v}`) }))}
          />
          <Button leftSection={<IconPlus size={16} />} onClick={newAppointment}>
            {t('calendar.new_appointment')}
          </Button>
        </Group>
      </Group>
      <div className={classes.toolbar}>
        <Group gap={4} wrap="nowrap">
          <Button variant="default" onClick={() => go(today)} disabled={anchor === today}>
            {t('calendar.today')}
          </Button>
          <Tooltip label={t(`calendar.previous.${view}`)}>
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={t(`calendar.previous.${view}`)}
              onClick={() => go(stepAnchor(view, anchor, -1, viewSettings))}
            >
              <Previous size={18} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t(`calendar.next.${view}`)}>
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={t(`calendar.next.${view}`)}
              onClick={() => go(stepAnchor(view, anchor, 1, viewSettings))}
            >
              <Next size={18} />
            </ActionIcon>
          </Tooltip>
        </Group>
        <h3 className={classes.title} aria-live="polite">
          {title}
        </h3>
        {view === 'team' && (
          <MultiSelect
            aria-label={t('calendar.team.label')}
            placeholder={t('calendar.team.placeholder')}
            data={users.map((u) => ({
              value: u.id,
              label: u.id === me ? t('calendar.team.you', { name: u.name }) : u.name,
            }))}
            value={[...teamIds]}
            onChange={(ids) => setTeam(ids)}
            maxValues={MAX_CALENDAR_USERS}
            searchable
            clearable
            w={{ base: '100%', sm: 420 }}
          />
        )}
      </div>
      <Text size="xs" c="dimmed" mt={-6}>
        {t('calendar.hint')}
      </Text>
      {range.data?.truncated && (
        <Alert color="yellow" py={6}>
          {t('calendar.truncated', { count: range.data.items.length })}
        </Alert>
      )}
      <div className={classes.frame}>
        {loaded && range.loading && <Loader size="xs" className={classes.loading} aria-label={t('calendar.loading')} />}
        {body}
      </div>
      {quick && (
        <QuickCreateDialog
          area={area}
          request={quick}
          confirmNoConflict={conflicts.confirm}
          onClose={() => setQuick(null)}
        />
      )}
      {conflicts.dialog}
    </div>
  );
}
