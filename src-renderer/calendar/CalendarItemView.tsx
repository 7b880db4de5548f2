import type { CSSProperties, KeyboardEvent, PointerEvent as ReactPointerEvent, ReactNode } from 'react';
import { IconRepeat } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { getEntity, type WorkArea } from '../../src-shared/entities';
import { EntityIcon } from '../app/icons';
import { linkProps } from '../app/navigation';
import { choiceKey } from '../records/fields/display';
import classes from './calendar.module.css';
import { formatSpan, formatTime } from './calendar-format';
import { colorOf, iconOf, isMovable, recordIdOf, type Shown } from './calendar-items';

const activity = getEntity('activity');

export interface ItemHandlers {
  onPointerDown(event: ReactPointerEvent<HTMLElement>): void;
  onPointerMove(event: ReactPointerEvent<HTMLElement>): void;
  onPointerUp(event: ReactPointerEvent<HTMLElement>): void;
  onPointerCancel(): void;
  /** True when this click ends a drag (and must not open the item). */
  endsDrag(): boolean;
  /** Alt + arrow keys: move by a step; the grid decides what a step is. */
  onMoveKey(event: KeyboardEvent<HTMLElement>): void;
}

interface Props {
  readonly shown: Shown;
  readonly area: WorkArea;
  readonly locale: string;
  /** A block in the time grid, or a one-line chip (top lane, month). */
  readonly variant: 'block' | 'chip';
  readonly style?: CSSProperties;
  readonly dragging?: boolean;
  readonly handlers: ItemHandlers;
  /** Room for more than one line (a tall block). */
  readonly tall?: boolean;
  /** This is a later day of an item that began earlier (its start time is not shown here). */
  readonly continued?: boolean;
}

export function itemColors(shown: Shown): CSSProperties {
  const color = colorOf(shown.item);
  return {
    ['--ev-bg' as string]: `var(--mantine-color-${color}-light)`,
    ['--ev-fg' as string]: `var(--mantine-color-${color}-light-color)`,
    ['--ev-bar' as string]: `var(--mantine-color-${color}-filled)`,
  };
}

/**
 * One activity on the calendar: a link to its record (for an occurrence
 * not written yet, to its series) that can also be dragged. Its accessible
 * name says what, when and in what state; the title shows the same on hover.
 */
export function CalendarItemView({ shown, area, locale, variant, style, dragging, handlers, tall, continued }: Props) {
  const { t } = useTranslation();
  const { item } = shown;
  const subject = item.subject || t('calendar.item.no_subject');
  const type = t(choiceKey('activity_type', item.activityType));
  const when = shown.due
    ? t('calendar.due', { time: formatTime(locale, shown.start) })
    : formatSpan(locale, shown.start, shown.end);
  const states = [
    item.series ? t('calendar.item.occurrence') : null,
    item.isException ? t('calendar.item.exception') : null,
    item.status === 'completed' ? t('calendar.item.completed') : null,
    item.status === 'canceled' ? t('calendar.item.canceled') : null,
  ].filter(Boolean);
  const details = [item.location, item.regarding?.name].filter(Boolean).join(' · ');
  const label = [subject, type, when, details, ...states].filter(Boolean).join(', ');
  const movable = isMovable(item);
  const id = recordIdOf(item);
  const link = id ? linkProps({ kind: 'record', area, entity: activity, id }) : null;
  const className = [
    variant === 'block' ? classes.event : classes.chip,
    movable ? '' : classes.fixed,
    item.status !== 'open' ? classes.closed : '',
    item.status === 'canceled' ? classes.canceled : '',
    dragging ? classes.dragging : '',
  ]
    .filter(Boolean)
    .join(' ');

  const icon = item.series ? <IconRepeat size={12} aria-hidden /> : <EntityIcon name={iconOf(item)} size={12} />;
  let content: ReactNode;
  if (variant === 'chip') {
    content = (
      <>
        {icon}
        {!shown.due && !continued && <span className={classes.chipTime}>{formatTime(locale, shown.start)}</span>}
        <span className={classes.subject} dir="auto">
          {subject}
        </span>
      </>
    );
  } else {
    content = (
      <>
        <div className={classes.line}>
          {icon}
          <span className={classes.subject} dir="auto">
            {subject}
          </span>
        </div>
        <div className={classes.eventTime}>{when}</div>
        {tall && details && (
          <div className={classes.detail} dir="auto">
            {details}
          </div>
        )}
      </>
    );
  }

  return (
    <a
      {...(link ?? {})}
      className={className}
      style={{ ...itemColors(shown), ...style }}
      aria-label={label}
      title={`${label}${movable ? `\n${t('calendar.item.move_keys')}` : ''}`}
      data-calendar-item={item.key}
      draggable={false}
      onPointerDown={movable ? handlers.onPointerDown : undefined}
      onPointerMove={movable ? handlers.onPointerMove : undefined}
      onPointerUp={movable ? handlers.onPointerUp : undefined}
      onPointerCancel={movable ? handlers.onPointerCancel : undefined}
      onClick={(event) => {
        if (handlers.endsDrag()) {
          event.preventDefault();
          return;
        }
        link?.onClick(event);
      }}
      onKeyDown={movable ? handlers.onMoveKey : undefined}
    >
      {content}
    </a>
  );
}
