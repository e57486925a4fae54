// The web mode: the built renderer and the same API over HTTP, on 127.0.0.1 only, behind a random token.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { RendezvousHandlers } from '../common/api';
import { CONTENT_SECURITY_POLICY, TOKEN_HEADER, type CallOutcome } from '../common/shell';
import { MAX_ARTICLE_BYTES } from '../common/ingest';
import { callMethod } from '../core/app/dispatch';

/** The only interface the web mode listens on. */
export const WEB_HOST = '127.0.0.1';
const TOKEN_COOKIE = 'rendezvous_token';
const API_PREFIX = '/api/';
/** Room for a full import batch of base64 files plus JSON framing. */
const MAX_BODY_BYTES = 40 * MAX_ARTICLE_BYTES;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/** What the web server needs: the handlers and the folder holding the built renderer. */
export interface WebServerOptions {
  handlers: RendezvousHandlers;
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** A fixed token (tests); otherwise 32 random bytes. */
  token?: string;
}

/** A running web server. */
export interface WebServer {
  server: Server;
  port: number;
  token: string;
  /** The URL to open, token included. */
  url: string;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
  res.end(body);
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookieToken(req: IncomingMessage): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === TOKEN_COOKIE) return decodeURIComponent(v.join('='));
  }
  return null;
}

/** The hosts a browser on this machine may name: anything else is a DNS-rebinding attempt. */
function allowedHosts(port: number): Set<string> {
  return new Set([`${WEB_HOST}:${port}`, `localhost:${port}`]);
}

function allowedOrigins(port: number): Set<string> {
  return new Set([`http://${WEB_HOST}:${port}`, `http://localhost:${port}`]);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function serveStatic(rendererDir: string, pathname: string, res: ServerResponse): Promise<void> {
  const root = resolve(rendererDir);
  const rel = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
  const file = normalize(join(root, rel));
  if (file !== root && !file.startsWith(root + sep)) return send(res, 404, 'Not found');
  try {
    const info = await stat(file);
    if (!info.isFile()) return send(res, 404, 'Not found');
    const body = await readFile(file);
    res.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'no-referrer',
    });
    res.end(body);
  } catch {
    send(res, 404, 'Not found');
  }
}

/** Starts the web server on 127.0.0.1. Every request must name our host, come from our origin and carry the token. */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  let port = 0;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!allowedHosts(port).has(req.headers.host ?? ''))
      return send(res, 403, 'Forbidden: unexpected Host header');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins(port).has(origin))
      return send(res, 403, 'Forbidden: foreign Origin');
    const fetchSite = req.headers['sec-fetch-site'];
    if (fetchSite === 'cross-site') return send(res, 403, 'Forbidden: cross-site request');

    const url = new URL(req.url ?? '/', `http://${WEB_HOST}:${port}`);
    const header = req.headers[TOKEN_HEADER];
    const offered =
      url.searchParams.get('token') ?? (typeof header === 'string' ? header : null) ?? cookieToken(req);
    if (!offered || !sameSecret(offered, token))
      return send(res, 401, 'Unauthorized: open the URL printed by `rendezvous web`');

    if (url.pathname.startsWith(API_PREFIX)) {
      if (req.method !== 'POST') return send(res, 405, 'Use POST');
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return send(res, 415, 'Send application/json');
      }
      let outcome: CallOutcome;
      try {
        const raw = await readBody(req);
        const input: unknown = raw.trim() === '' ? {} : JSON.parse(raw);
        outcome = await callMethod(options.handlers, url.pathname.slice(API_PREFIX.length), input);
      } catch (err) {
        const message =
          err instanceof SyntaxError ? 'The body is not valid JSON.' : 'The request body is too large.';
        outcome = { ok: false, error: { code: 'INVALID_ARGUMENT', message } };
      }
      const status = outcome.ok
        ? 200
        : outcome.error.code === 'INVALID_ARGUMENT'
          ? 400
          : outcome.error.code === 'NOT_FOUND'
            ? 404
            : outcome.error.code === 'FORBIDDEN'
              ? 403
              : 500;
      return send(res, status, JSON.stringify(outcome), 'application/json; charset=utf-8');
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
    if (url.searchParams.has('token')) {
      res.setHeader(
        'Set-Cookie',
        `${TOKEN_COOKIE}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`,
      );
    }
    return serveStatic(options.rendererDir, url.pathname, res);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal error');
      else res.end();
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, WEB_HOST, () => {
      server.off('error', fail);
      ok();
    });
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    token,
    url: `http://${WEB_HOST}:${port}/?token=${encodeURIComponent(token)}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
