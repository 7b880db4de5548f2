import { useCallback, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import type { Shown } from './calendar-items';

/**
 * Dragging an item to another time or day with the pointer (mouse, pen,
 * touch). The grid says where a point is (`locate`); the item follows as a
 * ghost; dropping it somewhere new calls `onDrop`, a press without a move is
 * an ordinary click (which opens the item).
 */

/** Where an item would land: a column of the grid (or a month cell) and, in a time grid, the minute of the day. */
export interface DropTarget {
  readonly columnKey: string;
  readonly day: number;
  /** Minutes after midnight where the item's grabbed point lands; null in a top lane or month cell (keeps its time). */
  readonly minutes: number | null;
}

export interface Grab {
  readonly item: Shown;
  /** The day of the part that was grabbed (an item over several days has one per day). */
  readonly day: number;
  /** How far below the item's drawn top the pointer took hold (minutes; 0 for chips). */
  readonly offsetMinutes: number;
}

export interface DragState {
  readonly grab: Grab;
  readonly target: DropTarget | null;
}

/** Pixels a press must travel before it is a drag rather than a click. */
const THRESHOLD = 5;

export function useDragMove(
  locate: (x: number, y: number, grab: Grab) => DropTarget | null,
  onDrop: (grab: Grab, target: DropTarget) => void,
) {
  const [drag, setDrag] = useState<DragState | null>(null);
  const pending = useRef<{ grab: Grab; x: number; y: number; moved: boolean; target: DropTarget | null } | null>(null);
  // The click that follows a drag's pointer-up must not open the item.
  const swallowClick = useRef(false);

  const start = useCallback((event: ReactPointerEvent<HTMLElement>, grab: Grab) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.stopPropagation();
    pending.current = { grab, x: event.clientX, y: event.clientY, moved: false, target: null };
    swallowClick.current = false;
  }, []);

  const move = useCallback(
    (event: ReactPointerEvent<HTMLElement>) => {
      const p = pending.current;
      if (!p) return;
      if (!p.moved) {
        if (Math.hypot(event.clientX - p.x, event.clientY - p.y) < THRESHOLD) return;
        p.moved = true;
        event.currentTarget.setPointerCapture(event.pointerId);
      }
      p.target = locate(event.clientX, event.clientY, p.grab);
      setDrag({ grab: p.grab, target: p.target });
    },
    [locate],
  );

  const end = useCallback(
    (event: ReactPointerEvent<HTMLElement>) => {
      const p = pending.current;
      pending.current = null;
      if (!p?.moved) return;
      swallowClick.current = true;
      if (event.currentTarget.hasPointerCapture(event.pointerId)) {
        event.currentTarget.releasePointerCapture(event.pointerId);
      }
      setDrag(null);
      if (p.target) onDrop(p.grab, p.target);
    },
    [onDrop],
  );

  const cancel = useCallback(() => {
    pending.current = null;
    setDrag(null);
  }, []);

  /** For the item's onClick: true when the click ends a drag and must be ignored. */
  const endsDrag = useCallback(() => {
    const swallow = swallowClick.current;
    swallowClick.current = false;
    return swallow;
  }, []);

  return { drag, start, move, end, cancel, endsDrag };
}

/** The element under a point carrying `attribute`, the grid's columns and cells mark themselves with. */
export function elementAt(x: number, y: number, attribute: string): HTMLElement | null {
  for (const element of document.elementsFromPoint(x, y)) {
    if (element instanceof HTMLElement && element.hasAttribute(attribute)) return element;
  }
  return null;
}
