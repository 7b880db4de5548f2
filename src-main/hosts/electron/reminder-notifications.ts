import { Notification } from 'electron';
import type { DueReminder, Language, Settings } from '../../../src-shared/api';
import { CATALOGS, messageAt } from '../../../src-shared/i18n';
import type { HostBackend } from '../host-backend';

/**
 * Reminders as the operating system's notifications: every reminder that
 * comes due (including one back from a snooze) is shown once, in the user's
 * language; one snoozed, dismissed or completed in the app is taken off the
 * screen. A click brings the app's window forward, where the in-app
 * reminder offers Open, Snooze and Dismiss.
 */

export interface ReminderNotifierOptions {
  readonly backend: HostBackend;
  /** Brings the app's window to the front. */
  readonly showApp: () => void;
}

/** Intl locales of the UI languages (as the renderer's `localeOf`). */
const LOCALES: Readonly<Record<Language, string>> = { en: 'en-US', ru: 'ru-RU', fa: 'fa-IR' };

function message(language: Language, key: string, params: Readonly<Record<string, string>>): string {
  const template = messageAt(CATALOGS[language], key) ?? messageAt(CATALOGS.en, key) ?? key;
  return template.replace(/\{\{\s*(\w+)[^}]*\}\}/g, (_, name: string) => params[name] ?? '');
}

/** Title and body of a reminder's notification. */
export function reminderNotification(reminder: DueReminder, language: Language): { title: string; body: string } {
  const title = message(language, 'reminders.title', { subject: reminder.subject });
  const type = message(language, `choice.activity_type.${reminder.activityType}`, {});
  if (reminder.at === null) return { title, body: type };
  const when = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(reminder.at),
  );
  const at = message(language, reminder.atKind === 'start' ? 'reminders.starts' : 'reminders.due', { when });
  return { title, body: `${type} · ${at}` };
}

async function currentLanguage(backend: HostBackend): Promise<Language> {
  const result = await backend.call('settings.get', {});
  return result.ok ? (result.value as Settings).language : 'en';
}

/** Starts showing reminders; returns a function that stops and closes what is shown. */
export function notifyReminders({ backend, showApp }: ReminderNotifierOptions): () => void {
  // Also holds each notification so it is not garbage-collected (and its click lost) while on screen.
  const shown = new Map<string, Notification>();
  let latest: readonly DueReminder[] = [];

  async function update(reminders: readonly DueReminder[]): Promise<void> {
    latest = reminders;
    const due = new Set(reminders.map((r) => r.key));
    for (const [key, notification] of shown) {
      if (due.has(key)) continue;
      notification.close();
      shown.delete(key);
    }
    if (!Notification.isSupported() || reminders.every((r) => shown.has(r.key))) return;
    const language = await currentLanguage(backend);
    // Only what is still due once the language is known.
    for (const reminder of latest) {
      if (shown.has(reminder.key)) continue;
      const notification = new Notification(reminderNotification(reminder, language));
      notification.on('click', showApp);
      shown.set(reminder.key, notification);
      notification.show();
    }
  }

  const off = backend.on('reminders-due', (payload) => {
    update(payload.reminders).catch((error: unknown) => console.error('[desktop] a reminder was not shown:', error));
  });
  return () => {
    off();
    for (const notification of shown.values()) notification.close();
    shown.clear();
  };
}
