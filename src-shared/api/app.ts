import { z } from 'zod';
import type { LookupRef } from './records';

export const LANGUAGES = ['en', 'ru', 'fa'] as const;
export type Language = (typeof LANGUAGES)[number];
export const THEMES = ['auto', 'light', 'dark'] as const;
export type ThemePreference = (typeof THEMES)[number];

export interface Settings {
  readonly language: Language;
  readonly theme: ThemePreference;
}
export const settingsPatch = z.object({
  language: z.enum(LANGUAGES).optional(),
  theme: z.enum(THEMES).optional(),
});

export interface UserSummary extends LookupRef {
  readonly email: string;
  readonly role: 'administrator' | 'user';
  /** A deactivated user keeps their records and history but is no longer offered as an owner or current user. */
  readonly active: boolean;
}

export interface BackupInfo {
  readonly file: string;
  readonly created_at: string;
  readonly size: number;
}

/**
 * `ready`: the database is open. `onboarding`: open but empty and the user has
 * not chosen "Start empty" or "Load sample company" yet. `unreadable`: the file
 * is corrupt or from a newer version; only `app.info`, `db.backups` and
 * `db.restoreBackup` work, and the file is never written.
 */
export type AppState = 'ready' | 'onboarding' | 'unreadable';

export interface AppInfo {
  readonly state: AppState;
  readonly version: string;
  readonly schemaVersion: number;
  readonly dataDir: string;
  readonly deviceId: string | null;
  readonly currentUser: UserSummary | null;
  readonly settings: Settings;
  /** Why the database could not be opened (state `unreadable`). */
  readonly problem: {
    readonly messageKey: string;
    readonly message: string;
    /** Values for the message, e.g. `fileVersion` and `appVersion` of `problem.newer_version`. */
    readonly params?: Readonly<Record<string, string | number>>;
  } | null;
}

export interface SampleResult {
  readonly accounts: number;
  readonly contacts: number;
}

export const restoreBackupInput = z.object({ file: z.string().min(1).max(300) });
