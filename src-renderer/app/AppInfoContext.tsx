import { createContext, use } from 'react';
import type { AppInfo } from '../../src-shared/api';

export interface AppInfoValue {
  readonly info: AppInfo;
  /** Re-reads `app.info` (after onboarding, a restore, or an app-state event). */
  refresh(): Promise<void>;
}

export const AppInfoContext = createContext<AppInfoValue | null>(null);

export function useAppInfo(): AppInfoValue {
  const value = use(AppInfoContext);
  if (!value) throw new Error('useAppInfo outside AppInfoContext');
  return value;
}
