import { useCallback, type KeyboardEvent, type MouseEvent } from 'react';
import { useDirection } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { WorkArea } from '../../src-shared/entities';
import { instantAt, isWeekend, localMinute, visibleInCell, type Placed } from '../../src-shared/rules/calendar';
import classes from './calendar.module.css';
import { formatDay } from './calendar-format';
import type { Shown } from './calendar-items';
import { CalendarItemView, type ItemHandlers } from './CalendarItemView';
import { MoreItems } from './MoreItems';
import type { CalendarSettings } from './useCalendarSettings';
import { elementAt, useDragMove, type DropTarget, type Grab } from './useDragMove';

const CHIP_PX = 24;
const CELL_HEAD_PX = 30;

interface Props {
  readonly area: WorkArea;
  readonly settings: CalendarSettings;
  readonly weeks: readonly (readonly number[])[];
  /** The month's first and last day (days around it are shown dimmed). */
  readonly first: number;
  readonly last: number;
  readonly items: ReadonlyMap<number, readonly Placed<Shown>[]>;
  readonly label: string;
  onMove(shown: Shown, start: number): void;
  onCreate(day: number): void;
  onOpenDay(day: number): void;
}

/**
 * The month: whole weeks from the locale's first day, each day with as many
 * of its items as fit and "+N more" for the rest (which lists them all).
 * Items are dragged to another day keeping their time; clicking a day's
 * free space proposes a new appointment on it.
 */
export function MonthView({ area, settings, weeks, first, last, items, label, onMove, onCreate, onOpenDay }: Props) {
  const { t } = useTranslation();
  const rtl = useDirection().dir === 'rtl';
  const { locale, timeZone, today } = settings;
  const { ref, height } = useElementSize();
  const cellHeight = weeks.length > 0 ? height / weeks.length : 0;
  const room = cellHeight > 0 ? Math.max(1, Math.floor((cellHeight - CELL_HEAD_PX) / CHIP_PX)) : 3;

  const locate = useCallback((x: number, y: number): DropTarget | null => {
    const cell = elementAt(x, y, 'data-cal-cell');
    const day = Number(cell?.dataset['calCell']);
    return cell && Number.isFinite(day) ? { columnKey: String(day), day, minutes: null } : null;
  }, []);

  const drop = useCallback(
    (grab: Grab, target: DropTarget) => {
      if (target.day === grab.day) return;
      const from = localMinute(grab.item.start, timeZone);
      onMove(grab.item, instantAt(from.day + (target.day - grab.day), from.minutes, timeZone));
    },
    [onMove, timeZone],
  );

  const drag = useDragMove(locate, drop);

  function handlersFor(placed: Placed<Shown>, day: number): ItemHandlers {
    const { item } = placed;
    return {
      onPointerDown: (event) => drag.start(event, { item, day, offsetMinutes: 0 }),
      onPointerMove: drag.move,
      onPointerUp: drag.end,
      onPointerCancel: drag.cancel,
      endsDrag: drag.endsDrag,
      onMoveKey: (event: KeyboardEvent<HTMLElement>) => {
        if (!event.altKey) return;
        const steps: Record<string, number> = {
          ArrowUp: -7,
          ArrowDown: 7,
          [rtl ? 'ArrowLeft' : 'ArrowRight']: 1,
          [rtl ? 'ArrowRight' : 'ArrowLeft']: -1,
        };
        const step = steps[event.key];
        if (step === undefined) return;
        event.preventDefault();
        const from = localMinute(item.start, timeZone);
        onMove(item, instantAt(from.day + step, from.minutes, timeZone));
      },
    };
  }

  const chip = (p: Placed<Shown>, day: number) => (
    <CalendarItemView
      key={p.item.key}
      shown={p.item}
      area={area}
      locale={locale}
      variant="chip"
      continued={p.segment.fromBefore}
      dragging={drag.drag?.grab.item.key === p.item.key}
      handlers={handlersFor(p, day)}
    />
  );

  function onCellClick(event: MouseEvent<HTMLDivElement>, day: number) {
    const target = event.target as HTMLElement;
    if (target.closest('[data-calendar-item], button, a')) return;
    onCreate(day);
  }

  const dropDay = drag.drag?.target?.day ?? null;

  return (
    <>
      <div className={classes.monthHead} aria-hidden>
        {(weeks[0] ?? []).map((day) => (
          <div key={day}>{formatDay(locale, day, { weekday: 'short' })}</div>
        ))}
      </div>
      <div className={classes.month} ref={ref} role="region" aria-label={label}>
        {weeks.flatMap((week) =>
          week.map((day) => {
            const list = items.get(day) ?? [];
            const { shown, more } = visibleInCell(list, room);
            const dayLabel = formatDay(locale, day, { weekday: 'long', day: 'numeric', month: 'long' });
            return (
              <div
                key={day}
                role="group"
                aria-label={dayLabel}
                data-cal-cell={day}
                title={t('calendar.add_at', { date: dayLabel })}
                className={[
                  classes.cell,
                  day < first || day > last ? classes.outside : '',
                  isWeekend(day, settings.week) && day >= first && day <= last ? classes.weekend : '',
                  day === today ? classes.cellToday : '',
                  dropDay === day ? classes.dropTarget : '',
                ]
                  .filter(Boolean)
                  .join(' ')}
                onClick={(e) => onCellClick(e, day)}
              >
                <div className={classes.cellTop}>
                  <button
                    type="button"
                    className={classes.cellDay}
                    aria-label={t('calendar.open_day', { date: dayLabel })}
                    onClick={() => onOpenDay(day)}
                  >
                    {formatDay(locale, day, day === first ? { day: 'numeric', month: 'short' } : { day: 'numeric' })}
                  </button>
                </div>
                {shown.map((p) => chip(p, day))}
                {more > 0 && (
                  <MoreItems more={more} total={list.length} dayLabel={dayLabel}>
                    {list.map((p) => chip(p, day))}
                  </MoreItems>
                )}
              </div>
            );
          }),
        )}
      </div>
    </>
  );
}
