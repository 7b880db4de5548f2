import type { HandlerRegistry } from '../../backend/registry';
import { appInfo, appState } from './app-info';
import { loadSampleCompany } from './load-sample';
import { finishOnboarding } from './onboarding';
import { readSettings, updateSettings } from './settings';

export function registerAppHandlers(registry: HandlerRegistry): void {
  registry.register('app.info', (_input, ctx) => appInfo(ctx), { whenUnreadable: true });

  registry.register('app.startEmpty', (_input, ctx) => {
    const { db } = ctx.session.store();
    finishOnboarding(db, 'empty');
    ctx.events.emit('app-state-changed', { state: appState(ctx) });
    return appInfo(ctx);
  });

  registry.register('app.loadSample', (_input, ctx) => {
    const result = loadSampleCompany(ctx.session.store());
    ctx.events.emit('app-state-changed', { state: appState(ctx) });
    return result;
  });

  registry.register('settings.get', (_input, ctx) => readSettings(ctx.session.store().db));

  registry.register('settings.update', (input, ctx) => {
    const patch = {
      ...(input.language !== undefined ? { language: input.language } : {}),
      ...(input.theme !== undefined ? { theme: input.theme } : {}),
    };
    return updateSettings(ctx.session.store().db, patch);
  });
}
