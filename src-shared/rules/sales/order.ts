import { isDate } from '../records/field-formats';
import { allow, refuse, type Transition } from './transition';

/**
 * The life of an order (Dynamics 365 Sales): active until it is fulfilled
 * (fully, or partly first) or canceled. Its prices can be locked, so that a
 * price-list change does not reprice what the customer agreed to; unlocking
 * reprices the lines from the price list again.
 */

export const ORDER_STATUSES = ['active', 'partially_fulfilled', 'fulfilled', 'canceled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export interface OrderState {
  readonly status: OrderStatus;
  readonly prices_locked: boolean;
}

function isOpen(status: OrderStatus): boolean {
  return status === 'active' || status === 'partially_fulfilled';
}

export function checkOrderEdit(order: Pick<OrderState, 'status'>): Transition<null> {
  return isOpen(order.status) ? allow(null) : refuse('sales.order.closed', { status: order.status });
}

export function lockPrices(order: OrderState): Transition<{ prices_locked: true }> {
  if (!isOpen(order.status)) return refuse('sales.order.closed', { status: order.status });
  if (order.prices_locked) return refuse('sales.order.already_locked');
  return allow({ prices_locked: true });
}

/** Unlocking asks the caller to reprice every catalog line from the order's price list. */
export function unlockPrices(order: OrderState): Transition<{ prices_locked: false; recalculate: true }> {
  if (!isOpen(order.status)) return refuse('sales.order.closed', { status: order.status });
  if (!order.prices_locked) return refuse('sales.order.not_locked');
  return allow({ prices_locked: false, recalculate: true });
}

/** Whether a change to the price list reprices this order's lines. */
export function repricesOnPriceListChange(order: OrderState): boolean {
  return isOpen(order.status) && !order.prices_locked;
}

export interface FulfillChanges {
  readonly status: 'partially_fulfilled' | 'fulfilled';
  readonly date_fulfilled: string;
}

export function fulfillOrder(
  order: Pick<OrderState, 'status'>,
  input: { readonly partly: boolean; readonly date: string },
): Transition<FulfillChanges> {
  if (!isOpen(order.status)) return refuse('sales.order.closed', { status: order.status });
  if (!isDate(input.date)) return refuse('sales.order.fulfill_date_required');
  return allow({ status: input.partly ? 'partially_fulfilled' : 'fulfilled', date_fulfilled: input.date });
}

/** What was already delivered stays delivered; canceling stops the rest. */
export function cancelOrder(order: Pick<OrderState, 'status'>): Transition<{ status: 'canceled' }> {
  if (!isOpen(order.status)) return refuse('sales.order.closed', { status: order.status });
  return allow({ status: 'canceled' });
}

/** The statuses an invoice can be created from: anything but a canceled order. */
export const INVOICEABLE_ORDER_STATUSES: readonly OrderStatus[] = ['active', 'partially_fulfilled', 'fulfilled'];

export function checkCreateInvoice(order: Pick<OrderState, 'status'>): Transition<null> {
  return INVOICEABLE_ORDER_STATUSES.includes(order.status) ? allow(null) : refuse('sales.order.invoice_canceled');
}
