import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DueReminder } from '../../../../src-shared/api';
import { notifyReminders, reminderNotification } from '../../../../src-main/hosts/electron/reminder-notifications';
import { createFakeBackend, type FakeBackend } from '../fake-backend';
import { FakeNotification, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const call: DueReminder = {
  key: 'a|2025-06-02T08:45:00.000Z|',
  activityId: 'a',
  subject: 'Call Anna',
  activityType: 'phone_call',
  reminderAt: '2025-06-02T08:45:00.000Z',
  at: '2025-06-02T09:00:00.000Z',
  atKind: 'due',
};
const meeting: DueReminder = {
  ...call,
  key: 'b|2025-06-02T09:45:00.000Z|',
  activityId: 'b',
  subject: 'Review',
  activityType: 'appointment',
  atKind: 'start',
};

function withLanguage(backend: FakeBackend, language: string): FakeBackend {
  const call = backend.call.bind(backend);
  backend.call = async (method, input) =>
    method === 'settings.get' ? { ok: true, value: { language, theme: 'auto' } } : call(method, input);
  return backend;
}

/** Lets the notifier's language lookup (a promise) finish. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

beforeEach(() => resetFakeElectron());

describe('reminder notifications in the desktop app', () => {
  it('show each due reminder once, in the user’s language, and bring the app forward on click', async () => {
    const backend = withLanguage(createFakeBackend(), 'ru');
    const showApp = vi.fn();
    const stop = notifyReminders({ backend, showApp });

    backend.emit('reminders-due', { reminders: [call] });
    await settle();
    expect(FakeNotification.instances).toHaveLength(1);
    const [first] = FakeNotification.instances;
    expect(first?.shown).toBe(true);
    expect(first?.options.title).toBe('Напоминание: Call Anna');
    expect(first?.options.body).toMatch(/^Звонок · Срок: /);

    // The same reminder again (another change announced the list): not shown twice.
    backend.emit('reminders-due', { reminders: [call, meeting] });
    await settle();
    expect(FakeNotification.instances.map((n) => n.options.title)).toEqual([
      'Напоминание: Call Anna',
      'Напоминание: Review',
    ]);

    first?.emit('click');
    expect(showApp).toHaveBeenCalledTimes(1);

    // Snoozed in the app: taken off the screen; back from the snooze (a new key): shown again.
    backend.emit('reminders-due', { reminders: [meeting] });
    await settle();
    expect(first?.closed).toBe(true);
    backend.emit('reminders-due', { reminders: [meeting, { ...call, key: `${call.key}2025-06-02T08:50:00.000Z` }] });
    await settle();
    expect(FakeNotification.instances).toHaveLength(3);

    stop();
    expect(FakeNotification.instances.every((n) => n.closed || !n.shown)).toBe(true);
    expect(backend.listenerCount('reminders-due')).toBe(0);
  });

  it('show nothing where the system has no notifications', async () => {
    FakeNotification.supported = false;
    const backend = createFakeBackend();
    notifyReminders({ backend, showApp: () => undefined });
    backend.emit('reminders-due', { reminders: [call] });
    await settle();
    expect(FakeNotification.instances).toEqual([]);
  });

  it('say when the activity starts or is due', () => {
    const english = reminderNotification(meeting, 'en');
    expect(english.title).toBe('Reminder: Review');
    expect(english.body).toMatch(/^Appointment · Starts Jun 2, 2025/);
    expect(reminderNotification(call, 'fa').body).toMatch(/^تماس تلفنی · موعد: /);
    expect(reminderNotification({ ...call, at: null }, 'en').body).toBe('Phone call');
  });
});
