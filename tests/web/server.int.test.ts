import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebApp, type WebApp } from '../../src-main/web';
import { connect as connectSocket } from 'node:net';
import { MAX_ARTICLE_BYTES } from '../../src-main/common/ingest';
import { WEB_HOST, WEB_MAX_BODY_BYTES, tokenCookieName } from '../../src-main/web/server';
import { cleanEnv, testNeo4j } from '../helpers/db';
import { CONTENT_SECURITY_POLICY } from '../../src-main/core/app/csp';

const TOKEN = 'test-token-0123456789abcdef';
let app: WebApp;

interface Reply {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/** A raw HTTP request, so Host and Origin can be anything (fetch would not let us forge them). */
function send(
  path: string,
  options: {
    method?: string;
    host?: string;
    headers?: Record<string, string>;
    body?: string;
    address?: string;
  } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: options.address ?? WEB_HOST,
        port: app.port,
        path,
        method: options.method ?? 'GET',
        headers: { host: options.host ?? `${WEB_HOST}:${app.port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

const api = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  send(`/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-rendezvous-token': TOKEN, ...headers },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  app = await startWebApp({
    port: 0,
    token: TOKEN,
    connect: { home: testNeo4j().home, env: cleanEnv(), start: false },
  });
});

afterAll(async () => {
  await app?.stop();
});

describe('the web mode', () => {
  it('prints a 127.0.0.1 URL that carries the token', () => {
    expect(app.url).toBe(`http://127.0.0.1:${app.port}/?token=${TOKEN}`);
  });

  it('listens on 127.0.0.1 only', async () => {
    const address = app.server.address();
    expect(address).toMatchObject({ address: '127.0.0.1', family: 'IPv4' });
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (external) {
      await expect(send('/', { address: external.address })).rejects.toThrow(/ECONNREFUSED/);
    }
  });

  it('serves the app to a request with the token, with the CSP header, and sets the token cookie', async () => {
    const res = await send(`/?token=${TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.body).toContain('<div id="root">');
    expect(String(res.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(String(res.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
  });

  it('answers 401 without the token, or with a wrong one', async () => {
    expect((await send('/')).status).toBe(401);
    expect((await send('/?token=nope')).status).toBe(401);
    const res = await send('/api/dbStatus', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(401);
    expect(res.body).not.toContain('connected');
  });

  it('answers 403 to a wrong Host header, even with the token (DNS rebinding)', async () => {
    expect((await send(`/?token=${TOKEN}`, { host: 'evil.example' })).status).toBe(403);
    expect((await send(`/?token=${TOKEN}`, { host: `evil.example:${app.port}` })).status).toBe(403);
    expect((await api('dbStatus', {}, { host: 'attacker.test' })).status).toBe(403);
  });

  it('answers 403 to a foreign Origin, even with the token', async () => {
    const res = await api('dbStatus', {}, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    const sameHostOtherPort = await api('dbStatus', {}, { origin: `http://127.0.0.1:${app.port + 1}` });
    expect(sameHostOtherPort.status).toBe(403);
    const ours = await api('dbStatus', {}, { origin: `http://127.0.0.1:${app.port}` });
    expect(ours.status).toBe(200);
  });

  it('runs an API method with the token and reports the database', async () => {
    let status: { state: string; version: string | null } | null = null;
    for (let i = 0; i < 60; i++) {
      const res = await api('dbStatus', {});
      expect(res.status).toBe(200);
      status = (JSON.parse(res.body) as { ok: true; value: { state: string; version: string | null } }).value;
      if (status.state === 'connected') break;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(status?.state).toBe('connected');
    expect(status?.version).toMatch(/^5\.26\./);
  });

  it('rejects malformed arguments with 400 and INVALID_ARGUMENT, and unknown methods with 404', async () => {
    const bad = await api('search', { text: 42 });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    const notJson = await send('/api/search', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-rendezvous-token': TOKEN },
      body: '{nope',
    });
    expect(notJson.status).toBe(400);
    const unknown = await api('dropDatabase', {});
    expect(unknown.status).toBe(404);
  });

  it('does not serve files outside the built UI', async () => {
    const res = await send(`/..%2f..%2fpackage.json?token=${TOKEN}`);
    expect(res.status).toBe(404);
  });

  it('names the token cookie after its port, so other local ports never receive it', async () => {
    const res = await send(`/?token=${TOKEN}`);
    expect(String(res.headers['set-cookie'])).toMatch(new RegExp(`^${tokenCookieName(app.port)}=`));
    expect(tokenCookieName(app.port)).toBe(`rendezvous_token_${app.port}`);
    const withCookie = await send('/', { headers: { cookie: `${tokenCookieName(app.port)}=${TOKEN}` } });
    expect(withCookie.status).toBe(200);
    const otherPort = await send('/', { headers: { cookie: `${tokenCookieName(app.port + 1)}=${TOKEN}` } });
    expect(otherPort.status).toBe(401);
  });

  it('answers 400 to malformed percent-encoding and malformed URLs, not 500', async () => {
    expect((await send(`/%E0%A4%A?token=${TOKEN}`)).status).toBe(400);
    expect((await send(`/assets/%ZZ.js?token=${TOKEN}`)).status).toBe(400);
    expect((await send(`/%?token=${TOKEN}`)).status).toBe(400);
    expect((await send(`http://evil.example/?token=${TOKEN}`)).status).toBe(400);
    const badCookie = await send('/', { headers: { cookie: `${tokenCookieName(app.port)}=%E0%A4%A` } });
    expect(badCookie.status).toBe(401);
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connectSocket(app.port, WEB_HOST, () => socket.write('GET /\x01 bad\r\n\r\n'));
      let answer = '';
      socket.on('data', (c: Buffer) => (answer += c.toString('latin1')));
      socket.on('end', () => resolve(answer));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400/);
  });

  it('has a body limit that holds one article at the import limit, base64-encoded', () => {
    expect(WEB_MAX_BODY_BYTES).toBe(20 * 1024 * 1024);
    expect((MAX_ARTICLE_BYTES * 4) / 3 + 1024).toBeLessThan(WEB_MAX_BODY_BYTES);
  });

  it('refuses a 250 MB body with 413 from its declared length, before reading it', async () => {
    const declared = 250 * 1024 * 1024;
    const reply = await new Promise<{ status: number; sent: number }>((resolve, reject) => {
      let sent = 0;
      const req = request(
        {
          host: WEB_HOST,
          port: app.port,
          path: '/api/dbStatus',
          method: 'POST',
          headers: {
            host: `${WEB_HOST}:${app.port}`,
            'content-type': 'application/json',
            'x-rendezvous-token': TOKEN,
            'content-length': String(declared),
          },
        },
        (res) => {
          resolve({ status: res.statusCode ?? 0, sent });
          res.resume();
          req.destroy();
        },
      );
      req.on('error', (err) => (sent > 0 ? undefined : reject(err)));
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      const pump = () => {
        while (sent < declared && !req.destroyed) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
      };
      pump();
    });
    expect(reply.status).toBe(413);
    expect(reply.sent).toBeLessThan(declared);
  });

  it('refuses an oversized body without a declared length with 413 once it passes the limit', async () => {
    const reply = await new Promise<Reply>((resolve, reject) => {
      const req = request(
        {
          host: WEB_HOST,
          port: app.port,
          path: '/api/dbStatus',
          method: 'POST',
          headers: {
            host: `${WEB_HOST}:${app.port}`,
            'content-type': 'application/json',
            'x-rendezvous-token': TOKEN,
            'transfer-encoding': 'chunked',
          },
        },
        (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString('utf8')));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
        },
      );
      req.on('error', reject);
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      for (let i = 0; i < 25; i++) req.write(chunk);
      req.end();
    });
    expect(reply.status).toBe(413);
    expect(reply.body).toMatch(/Payload too large/);
  });
});
