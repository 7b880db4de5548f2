import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type PointerEvent as ReactPointerEvent,
  type ReactNode,
} from 'react';
import { useDirection } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkArea } from '../../src-shared/entities';
import {
  inTopLane,
  instantAt,
  layoutColumns,
  localMinute,
  MINUTES_PER_DAY,
  snapMinutes,
  visibleInCell,
  type Placed,
} from '../../src-shared/rules/calendar';
import classes from './calendar.module.css';
import { formatHour, formatSpan, formatTime } from './calendar-format';
import type { Shown } from './calendar-items';
import { CalendarItemView, itemColors, type ItemHandlers } from './CalendarItemView';
import { MoreItems } from './MoreItems';
import type { CalendarSettings } from './useCalendarSettings';
import { elementAt, useDragMove, type DropTarget, type Grab } from './useDragMove';

/** Height of one hour of the grid, in pixels. */
export const HOUR_PX = 48;
const SNAP = 15;
/** A block is drawn at least this tall (minutes), so a short one stays readable and clickable. */
const MIN_BLOCK_MINUTES = 25;
const TALL_MINUTES = 75;
const DEFAULT_FIRST_HOUR = 7;
/** Items the top lane of a day shows before "+N more". */
const LANE_ROOM = 3;
const MS_PER_MINUTE = 60_000;

export interface GridColumn {
  readonly key: string;
  readonly day: number;
  /** The person of a team column. */
  readonly userId: string | null;
  readonly head: ReactNode;
  /** What the column is, for screen readers ("Monday 3 March", "Bea Novak"). */
  readonly label: string;
  readonly today: boolean;
  readonly weekend: boolean;
}

interface Props {
  readonly area: WorkArea;
  readonly settings: CalendarSettings;
  readonly columns: readonly GridColumn[];
  /** Each column's items with their part of its day. */
  readonly items: ReadonlyMap<string, readonly Placed<Shown>[]>;
  /** Items stay in their column when dragged (team view: a drag changes the time, not the person). */
  readonly lockColumns: boolean;
  /** Changes when the period changes: the grid scrolls back to the working day. */
  readonly periodKey: string;
  readonly loaded: boolean;
  readonly label: string;
  onMove(shown: Shown, start: number): void;
  onCreate(column: GridColumn, start: number, end: number): void;
}

interface Selection {
  readonly columnKey: string;
  /** Where the press started, on the grid's step. */
  readonly anchor: number;
  /** Where the pointer is now, on the grid's step. */
  readonly edge: number;
  readonly moved: boolean;
}

/** The minutes a selection covers: from the earlier of its ends, at least one step long. */
function spanOf(s: Selection): { from: number; to: number } {
  return s.edge > s.anchor ? { from: s.anchor, to: s.edge } : { from: s.edge, to: s.anchor + SNAP };
}

interface GridGrab extends Grab {
  readonly columnKey: string;
  /** ms from the item's start to the start of the part that was grabbed (not 0 when it began on an earlier day). */
  readonly lead: number;
}

function minutesAt(element: HTMLElement, y: number): number {
  const rect = element.getBoundingClientRect();
  return ((y - rect.top) / HOUR_PX) * 60;
}

const clampStart = (minutes: number) => Math.min(Math.max(minutes, 0), MINUTES_PER_DAY - SNAP);

/**
 * Day, week and team views: a column per day (or per person), hours down
 * the side, timed items placed by their time and laid side by side where
 * they overlap, and a lane on top for what is due that day and what lasts
 * all day. Items can be dragged to another time or day; pressing on free
 * time and dragging (or just clicking) proposes a new appointment there.
 */
export function TimeGrid(props: Props) {
  const { area, settings, columns, items, lockColumns, periodKey, loaded, label, onMove, onCreate } = props;
  const { t } = useTranslation();
  const rtl = useDirection().dir === 'rtl';
  const { locale, timeZone } = settings;
  const scroller = useRef<HTMLDivElement>(null);
  const byKey = useMemo(() => new Map(columns.map((c) => [c.key, c])), [columns]);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);

  // Each period opens at the working day, or earlier when something starts earlier.
  const scrolledFor = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (!loaded || scrolledFor.current === periodKey || !scroller.current) return;
    scrolledFor.current = periodKey;
    let first = DEFAULT_FIRST_HOUR * 60;
    for (const list of items.values()) {
      for (const p of list) if (!inTopLane(p.item)) first = Math.min(first, p.segment.startMinutes);
    }
    scroller.current.scrollTop = Math.max(0, (first / 60) * HOUR_PX - 12);
  }, [loaded, periodKey, items]);

  const locate = useCallback(
    (x: number, y: number, grab: Grab): DropTarget | null => {
      const gridGrab = grab as GridGrab;
      const cell = elementAt(x, y, 'data-cal-col') ?? elementAt(x, y, 'data-cal-lane');
      if (!cell) return null;
      const inLane = cell.hasAttribute('data-cal-lane');
      const key = lockColumns ? gridGrab.columnKey : (cell.dataset['calCol'] ?? cell.dataset['calLane'] ?? '');
      const column = byKey.get(key);
      if (!column) return null;
      if (inLane) return { columnKey: key, day: column.day, minutes: null };
      const minutes = clampStart(snapMinutes(minutesAt(cell, y) - grab.offsetMinutes, SNAP));
      return { columnKey: key, day: column.day, minutes };
    },
    [byKey, lockColumns],
  );

  const drop = useCallback(
    (grab: Grab, target: DropTarget) => {
      const { item, lead } = grab as GridGrab;
      let start: number;
      if (target.minutes !== null) {
        start = instantAt(target.day, target.minutes, timeZone) - lead;
      } else {
        const from = localMinute(item.start, timeZone);
        start = instantAt(from.day + (target.day - grab.day), from.minutes, timeZone);
      }
      if (start !== item.start) onMove(item, start);
    },
    [onMove, timeZone],
  );

  const drag = useDragMove(locate, drop);

  function handlersFor(placed: Placed<Shown>, column: GridColumn, inLane: boolean): ItemHandlers {
    const { item, segment } = placed;
    const lead = instantAt(segment.day, segment.startMinutes, timeZone) - item.start;
    return {
      onPointerDown: (event) => {
        const offsetMinutes = inLane ? 0 : minutesAt(event.currentTarget, event.clientY);
        const grab: GridGrab = { item, day: column.day, offsetMinutes, columnKey: column.key, lead: Math.max(0, lead) };
        drag.start(event, grab);
      },
      onPointerMove: drag.move,
      onPointerUp: drag.end,
      onPointerCancel: drag.cancel,
      endsDrag: drag.endsDrag,
      onMoveKey: (event: KeyboardEvent<HTMLElement>) => {
        if (!event.altKey) return;
        const from = localMinute(item.start, timeZone);
        const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
        const back = rtl ? 'ArrowRight' : 'ArrowLeft';
        let start: number | null = null;
        if (event.key === 'ArrowUp') start = item.start - SNAP * MS_PER_MINUTE;
        else if (event.key === 'ArrowDown') start = item.start + SNAP * MS_PER_MINUTE;
        else if (event.key === forward) start = instantAt(from.day + 1, from.minutes, timeZone);
        else if (event.key === back) start = instantAt(from.day - 1, from.minutes, timeZone);
        if (start === null) return;
        event.preventDefault();
        onMove(item, start);
      },
    };
  }

  // Free time: press, drag down (or up) and let go; a plain click takes half an hour.
  function onColumnPointerDown(event: ReactPointerEvent<HTMLDivElement>, column: GridColumn) {
    if (event.button !== 0 || (event.target as HTMLElement).closest('[data-calendar-item]')) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    const anchor = clampStart(Math.floor(minutesAt(event.currentTarget, event.clientY) / SNAP) * SNAP);
    setSelection({ columnKey: column.key, anchor, edge: anchor + SNAP, moved: false });
  }

  function onColumnPointerMove(event: ReactPointerEvent<HTMLDivElement>, column: GridColumn) {
    if (!selection || selection.columnKey !== column.key) return;
    const at = Math.min(Math.max(minutesAt(event.currentTarget, event.clientY), 0), MINUTES_PER_DAY);
    const edge = snapMinutes(at, SNAP);
    const reach = edge > selection.anchor ? Math.max(edge, selection.anchor + SNAP) : edge;
    if (reach !== selection.edge) setSelection({ ...selection, edge: reach, moved: true });
  }

  function onColumnPointerUp(event: ReactPointerEvent<HTMLDivElement>, column: GridColumn) {
    if (!selection || selection.columnKey !== column.key) return;
    if (event.currentTarget.hasPointerCapture(event.pointerId))
      event.currentTarget.releasePointerCapture(event.pointerId);
    setSelection(null);
    const span = spanOf(selection);
    const from = selection.moved ? span.from : Math.floor(selection.anchor / 30) * 30;
    const to = selection.moved ? span.to : from + 30;
    onCreate(column, instantAt(column.day, from, timeZone), instantAt(column.day, to, timeZone));
  }

  const laneChip = (p: Placed<Shown>, column: GridColumn) => (
    <CalendarItemView
      key={p.item.key}
      shown={p.item}
      area={area}
      locale={locale}
      variant="chip"
      continued={p.segment.fromBefore}
      dragging={drag.drag?.grab.item.key === p.item.key}
      handlers={handlersFor(p, column, true)}
    />
  );

  /** What is due and what lasts all day: as many as fit, then "+N more". */
  const laneOf = (column: GridColumn): ReactNode => {
    const list = (items.get(column.key) ?? []).filter((p) => inTopLane(p.item));
    const { shown, more } = visibleInCell(list, LANE_ROOM);
    return (
      <>
        {shown.map((p) => laneChip(p, column))}
        {more > 0 && (
          <MoreItems more={more} total={list.length} dayLabel={column.label}>
            {list.map((p) => laneChip(p, column))}
          </MoreItems>
        )}
      </>
    );
  };

  const ghostFor = (columnKey: string, inLane: boolean): ReactNode => {
    const current = drag.drag;
    if (!current?.target || current.target.columnKey !== columnKey) return null;
    if ((current.target.minutes === null) !== inLane) return null;
    const { item } = current.grab;
    const style = itemColors(item);
    if (current.target.minutes === null) {
      return (
        <div className={classes.chip} style={{ ...style, borderStyle: 'dashed' }} aria-hidden>
          <span className={classes.subject}>{item.item.subject}</span>
        </div>
      );
    }
    const minutes = Math.max(Math.round((item.end - item.start) / MS_PER_MINUTE), MIN_BLOCK_MINUTES);
    const start = instantAt(current.target.day, current.target.minutes, timeZone);
    return (
      <div
        className={classes.ghost}
        style={{
          ...style,
          top: (current.target.minutes / 60) * HOUR_PX,
          height: (minutes / 60) * HOUR_PX,
          insetInline: 2,
        }}
        aria-hidden
      >
        <div className={classes.eventTime}>{formatSpan(locale, start, start + (item.end - item.start))}</div>
        <div className={classes.subject}>{item.item.subject}</div>
      </div>
    );
  };

  const gridStyle = {
    ['--cal-hour' as string]: `${HOUR_PX}px`,
    ['--cal-cols' as string]: String(columns.length),
    ['--cal-gutter' as string]: '56px',
    ['--cal-col-min' as string]: columns.length > 7 || lockColumns ? '160px' : '110px',
  } as CSSProperties;

  return (
    <div className={classes.scroller} ref={scroller} style={gridStyle} role="region" aria-label={label}>
      <div className={`${classes.columns} ${classes.sticky}`}>
        <div className={classes.gutterHead} />
        {columns.map((column) => (
          <div
            key={column.key}
            className={`${classes.colHead} ${column.today ? classes.colHeadToday : ''}`}
            role="columnheader"
          >
            {column.head}
          </div>
        ))}
        <div className={classes.laneLabel}>{t('calendar.top_lane')}</div>
        {columns.map((column) => (
          <div
            key={column.key}
            className={classes.lane}
            data-cal-lane={column.key}
            role="group"
            aria-label={`${column.label}: ${t('calendar.top_lane')}`}
          >
            {laneOf(column)}
            {ghostFor(column.key, true)}
          </div>
        ))}
      </div>
      <div className={classes.columns} style={{ height: 24 * HOUR_PX }}>
        <div className={classes.gutter} aria-hidden>
          {Array.from({ length: 23 }, (_, i) => i + 1).map((hour) => (
            <span key={hour} className={classes.hourLabel} style={{ top: hour * HOUR_PX }}>
              {formatHour(locale, hour)}
            </span>
          ))}
        </div>
        {columns.map((column) => {
          const timed = (items.get(column.key) ?? []).filter((p) => !inTopLane(p.item));
          const placement = layoutColumns(
            timed.map((p) => ({
              key: p.item.key,
              start: p.segment.startMinutes * MS_PER_MINUTE,
              end: p.segment.endMinutes * MS_PER_MINUTE,
            })),
            MIN_BLOCK_MINUTES * MS_PER_MINUTE,
          );
          const nowAt = localMinute(now, timeZone);
          const sel = selection?.columnKey === column.key ? spanOf(selection) : null;
          return (
            <div
              key={column.key}
              className={[
                classes.column,
                column.weekend ? classes.weekend : '',
                // Today stands out among the days of a week; one day (or one day of several people) needs no tint.
                column.today && !lockColumns && columns.length > 1 ? classes.todayColumn : '',
              ]
                .filter(Boolean)
                .join(' ')}
              data-cal-col={column.key}
              role="group"
              aria-label={column.label}
              onPointerDown={(e) => onColumnPointerDown(e, column)}
              onPointerMove={(e) => onColumnPointerMove(e, column)}
              onPointerUp={(e) => onColumnPointerUp(e, column)}
              onPointerCancel={() => setSelection(null)}
            >
              {timed.map((p) => {
                const place = placement.get(p.item.key) ?? { column: 0, columns: 1, span: 1 };
                const minutes = Math.max(p.segment.endMinutes - p.segment.startMinutes, MIN_BLOCK_MINUTES);
                const width = (place.span / place.columns) * 100;
                const offset = (place.column / place.columns) * 100;
                return (
                  <CalendarItemView
                    key={p.item.key}
                    shown={p.item}
                    area={area}
                    locale={locale}
                    variant="block"
                    tall={minutes >= TALL_MINUTES}
                    dragging={drag.drag?.grab.item.key === p.item.key}
                    handlers={handlersFor(p, column, false)}
                    style={{
                      top: (p.segment.startMinutes / 60) * HOUR_PX,
                      height: (minutes / 60) * HOUR_PX - 1,
                      insetInlineStart: `calc(${offset}% + 1px)`,
                      width: `calc(${width}% - 3px)`,
                    }}
                  />
                );
              })}
              {column.day === nowAt.day && (
                <div className={classes.nowLine} style={{ top: (nowAt.minutes / 60) * HOUR_PX }} aria-hidden />
              )}
              {sel && (
                <div
                  className={classes.selection}
                  style={{ top: (sel.from / 60) * HOUR_PX, height: ((sel.to - sel.from) / 60) * HOUR_PX }}
                  aria-hidden
                >
                  {formatTime(locale, instantAt(column.day, sel.from, timeZone))}
                </div>
              )}
              {ghostFor(column.key, false)}
            </div>
          );
        })}
      </div>
    </div>
  );
}
