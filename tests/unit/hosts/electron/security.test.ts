import type { Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../../src-main/hosts/content-security-policy';
import { guardWebContents, hardenSession } from '../../../../src-main/hosts/electron/security';
import { FakeWebContents, fakeEvent, resetFakeElectron, session } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

beforeEach(() => resetFakeElectron());

function guarded(now = () => 10_000) {
  const contents = new FakeWebContents();
  const openExternal = vi.fn(async (_url: string) => undefined);
  guardWebContents(contents as unknown as WebContents, { openExternal, now });
  return { contents, openExternal };
}

describe('hardenSession', () => {
  it('denies every permission request and check', () => {
    const ses = session.defaultSession;
    hardenSession(ses as unknown as Session);
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      (ses.permissionRequestHandler as unknown as (wc: unknown, p: string, cb: (granted: boolean) => void) => void)(
        {},
        permission,
        callback,
      );
      expect(callback).toHaveBeenCalledWith(false);
      expect((ses.permissionCheckHandler as unknown as (wc: unknown, p: string) => boolean)(null, permission)).toBe(
        false,
      );
    }
  });

  it('puts the app CSP on every response, replacing any other', () => {
    const ses = session.defaultSession;
    hardenSession(ses as unknown as Session);
    const callback = vi.fn();
    ses.headersReceived?.(
      { responseHeaders: { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] } },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
});

describe('guardWebContents', () => {
  it('denies window.open', () => {
    const { contents, openExternal } = guarded();
    expect(contents.windowOpenHandler?.({ url: 'app://crm/index.html' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('prevents navigation away from the app and allows the app itself', () => {
    const { contents } = guarded();
    for (const url of [
      'https://example.com/',
      'file:///etc/passwd',
      'app://other/index.html',
      'data:text/html,hi',
      'javascript:alert(1)',
    ]) {
      const event = fakeEvent({ url, isMainFrame: true });
      contents.emit('will-navigate', event);
      expect(event.defaultPrevented, url).toBe(true);
    }
    const inApp = fakeEvent({ url: 'app://crm/index.html#/sales/accounts', isMainFrame: true });
    contents.emit('will-navigate', inApp);
    expect(inApp.defaultPrevented).toBe(false);
  });

  it('prevents redirects and subframe navigation elsewhere, but lets blank print frames be', () => {
    const { contents } = guarded();
    const redirect = fakeEvent({ url: 'https://example.com/' });
    contents.emit('will-redirect', redirect);
    expect(redirect.defaultPrevented).toBe(true);
    const frame = fakeEvent({ url: 'https://example.com/', isMainFrame: false });
    contents.emit('will-frame-navigate', frame);
    expect(frame.defaultPrevented).toBe(true);
    const blank = fakeEvent({ url: 'about:blank', isMainFrame: false });
    contents.emit('will-frame-navigate', blank);
    expect(blank.defaultPrevented).toBe(false);
    const dataFrame = fakeEvent({ url: 'data:text/html,<script>1</script>', isMainFrame: false });
    contents.emit('will-frame-navigate', dataFrame);
    expect(dataFrame.defaultPrevented).toBe(true);
  });

  it('refuses <webview>', () => {
    const { contents } = guarded();
    const event = fakeEvent({});
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });

  it('opens a web link in the OS browser only right after the user clicked', () => {
    let now = 10_000;
    const { contents, openExternal } = guarded(() => now);

    contents.windowOpenHandler?.({ url: 'https://example.com/no-click' });
    contents.emit('will-navigate', fakeEvent({ url: 'https://example.com/no-click' }));
    expect(openExternal).not.toHaveBeenCalled();

    contents.emit('input-event', {}, { type: 'mouseMove' });
    contents.windowOpenHandler?.({ url: 'https://example.com/moved' });
    expect(openExternal).not.toHaveBeenCalled();

    contents.emit('input-event', {}, { type: 'mouseUp' });
    now += 200;
    contents.windowOpenHandler?.({ url: 'https://example.com/clicked' });
    contents.emit('will-navigate', fakeEvent({ url: 'http://example.com/clicked-nav' }));
    expect(openExternal.mock.calls).toEqual([['https://example.com/clicked'], ['http://example.com/clicked-nav']]);

    now += 5_000;
    contents.windowOpenHandler?.({ url: 'https://example.com/stale' });
    expect(openExternal).toHaveBeenCalledTimes(2);
  });

  it('never hands non-web URLs to the OS', () => {
    const { contents, openExternal } = guarded();
    contents.emit('input-event', {}, { type: 'mouseUp' });
    for (const url of ['file:///etc/passwd', 'smb://host/share', 'javascript:alert(1)', 'mailto:a@b.c', 'not a url']) {
      contents.windowOpenHandler?.({ url });
    }
    expect(openExternal).not.toHaveBeenCalled();
  });
});
