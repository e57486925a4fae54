/* eslint-disable no-restricted-imports -- these tests exercise the Electron layer itself, with stand-ins for Electron objects. */
// IPC is accepted only from the main frame of the app's own page.
import { describe, expect, it } from 'vitest';
import { isAppMainFrame } from '../../src-main/electron/sender';

const main = (url: string) => ({ url, parent: null });

describe('the IPC sender check', () => {
  it('accepts the main frame of the built page, and nothing else from file://', () => {
    const page = { file: '/opt/Rendezvous/resources/app.asar/out/renderer/index.html' };
    expect(
      isAppMainFrame(main('file:///opt/Rendezvous/resources/app.asar/out/renderer/index.html#/graph'), page),
    ).toBe(true);
    expect(
      isAppMainFrame(main('file:///opt/Rendezvous/resources/app.asar/out/renderer/other.html'), page),
    ).toBe(false);
    expect(isAppMainFrame(main('file:///tmp/evil/index.html'), page)).toBe(false);
    expect(isAppMainFrame(main('https://evil.example/index.html'), page)).toBe(false);
  });

  it('refuses a sub-frame even on the app page itself', () => {
    const page = { file: '/app/index.html' };
    expect(isAppMainFrame({ url: 'file:///app/index.html', parent: {} }, page)).toBe(false);
    expect(isAppMainFrame(null, page)).toBe(false);
  });

  it('in development, requires the exact origin of the dev server, not a prefix of it', () => {
    const page = { devUrl: 'http://localhost:5173' };
    expect(isAppMainFrame(main('http://localhost:5173/'), page)).toBe(true);
    expect(isAppMainFrame(main('http://localhost:5173/#/x?y=1'), page)).toBe(true);
    expect(isAppMainFrame(main('http://localhost:5173.evil.example/'), page)).toBe(false);
    expect(isAppMainFrame(main('http://localhost:51730/'), page)).toBe(false);
    expect(isAppMainFrame(main('http://localhost:5173@evil.example/'), page)).toBe(false);
    expect(isAppMainFrame(main('https://localhost:5173/'), page)).toBe(false);
    expect(isAppMainFrame({ url: 'http://localhost:5173/', parent: {} }, page)).toBe(false);
  });

  it('refuses frames with no or malformed URLs', () => {
    expect(isAppMainFrame(main(''), { devUrl: 'http://localhost:5173' })).toBe(false);
    expect(isAppMainFrame(main('::'), { file: '/a' })).toBe(false);
  });
});
