import { describe, expect, it } from 'vitest';
import {
  cancelOrder,
  checkCreateInvoice,
  checkOrderEdit,
  fulfillOrder,
  lockPrices,
  ORDER_STATUSES,
  repricesOnPriceListChange,
  unlockPrices,
  type OrderStatus,
} from './order';

const order = (status: OrderStatus, prices_locked = false) => ({ status, prices_locked });
const key = (r: { ok: boolean; issue?: { messageKey: string } }) => (r.ok ? null : r.issue?.messageKey);

describe('order price locking', () => {
  it('a locked order keeps its prices when the price list changes', () => {
    expect(lockPrices(order('active'))).toEqual({ ok: true, changes: { prices_locked: true } });
    expect(repricesOnPriceListChange(order('active', true))).toBe(false);
    expect(repricesOnPriceListChange(order('active', false))).toBe(true);
  });

  it('unlocking asks for the prices to be recalculated', () => {
    expect(unlockPrices(order('active', true))).toEqual({
      ok: true,
      changes: { prices_locked: false, recalculate: true },
    });
  });

  it('refuses to lock a locked order, unlock an unlocked one, or touch a closed one', () => {
    expect(key(lockPrices(order('active', true)))).toBe('sales.order.already_locked');
    expect(key(unlockPrices(order('active', false)))).toBe('sales.order.not_locked');
    expect(key(lockPrices(order('fulfilled')))).toBe('sales.order.closed');
    expect(key(unlockPrices(order('canceled', true)))).toBe('sales.order.closed');
    expect(repricesOnPriceListChange(order('fulfilled', false))).toBe(false);
  });
});

describe('order lifecycle', () => {
  it('fulfills partly, then fully', () => {
    expect(fulfillOrder(order('active'), { partly: true, date: '2026-05-02' })).toEqual({
      ok: true,
      changes: { status: 'partially_fulfilled', date_fulfilled: '2026-05-02' },
    });
    expect(fulfillOrder(order('partially_fulfilled'), { partly: false, date: '2026-05-09' })).toEqual({
      ok: true,
      changes: { status: 'fulfilled', date_fulfilled: '2026-05-09' },
    });
  });

  it('refuses to fulfill a closed order or without a date', () => {
    expect(key(fulfillOrder(order('fulfilled'), { partly: false, date: '2026-05-09' }))).toBe('sales.order.closed');
    expect(key(fulfillOrder(order('canceled'), { partly: true, date: '2026-05-09' }))).toBe('sales.order.closed');
    expect(key(fulfillOrder(order('active'), { partly: false, date: 'soon' }))).toBe(
      'sales.order.fulfill_date_required',
    );
  });

  it('cancels an open order, not a fulfilled or canceled one', () => {
    expect(cancelOrder(order('active'))).toEqual({ ok: true, changes: { status: 'canceled' } });
    expect(cancelOrder(order('partially_fulfilled')).ok).toBe(true);
    expect(key(cancelOrder(order('fulfilled')))).toBe('sales.order.closed');
    expect(key(cancelOrder(order('canceled')))).toBe('sales.order.closed');
  });

  it('can be edited only while open', () => {
    expect(ORDER_STATUSES.filter((s) => checkOrderEdit(order(s)).ok)).toEqual(['active', 'partially_fulfilled']);
  });

  it('is invoiced from any status except canceled', () => {
    expect(ORDER_STATUSES.filter((s) => checkCreateInvoice(order(s)).ok)).toEqual([
      'active',
      'partially_fulfilled',
      'fulfilled',
    ]);
    expect(key(checkCreateInvoice(order('canceled')))).toBe('sales.order.invoice_canceled');
  });
});
