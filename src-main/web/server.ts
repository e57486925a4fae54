// The web mode: the built renderer and the same API over HTTP, on 127.0.0.1 only, behind a random token.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { RendezvousHandlers } from '../common/api';
import { TOKEN_HEADER, type CallOutcome } from '../common/transport';
import { CONTENT_SECURITY_POLICY } from '../core/app/csp';
import { callMethod } from '../core/app/dispatch';

/** The only interface the web mode listens on. */
export const WEB_HOST = '127.0.0.1';
const API_PREFIX = '/api/';
/**
 * The largest request body the web mode reads: one article at the import limit as base64 or as pasted
 * UTF-8 text, with JSON framing (the UI imports files one per request). Larger bodies get 413 unread.
 */
export const WEB_MAX_BODY_BYTES = 20 * 1024 * 1024;

/**
 * The token cookie is named for the port: browsers send cookies to every port of a host, so another local
 * server (or another web mode) never receives, nor overwrites, this one's token.
 */
export function tokenCookieName(port: number): string {
  return `rendezvous_token_${port}`;
}

/** A request the server refuses without handling it, with the status to answer. */
class RequestRefused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

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

function cookieToken(req: IncomingMessage, port: number): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k !== tokenCookieName(port)) continue;
    try {
      return decodeURIComponent(v.join('='));
    } catch {
      return null;
    }
  }
  return null;
}

/** The request's URL, or 400 when it is not one (a bad percent-encoding is caught where it is decoded). */
function parseUrl(req: IncomingMessage, port: number): URL {
  const raw = req.url ?? '/';
  if (!raw.startsWith('/')) throw new RequestRefused(400, 'Bad request: malformed URL');
  try {
    return new URL(raw, `http://${WEB_HOST}:${port}`);
  } catch {
    throw new RequestRefused(400, 'Bad request: malformed URL');
  }
}

function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    throw new RequestRefused(400, 'Bad request: malformed percent-encoding in the URL');
  }
}

/** Refuses a body whose declared length is over the limit, before reading any of it. */
function checkDeclaredLength(req: IncomingMessage): void {
  const declared = req.headers['content-length'];
  if (declared !== undefined && !/^\d+$/.test(declared)) {
    throw new RequestRefused(400, 'Bad request: malformed Content-Length');
  }
  if (declared !== undefined && Number(declared) > WEB_MAX_BODY_BYTES) {
    throw new RequestRefused(
      413,
      `Payload too large: ${declared} bytes; the limit is ${WEB_MAX_BODY_BYTES} bytes (${WEB_MAX_BODY_BYTES / 1024 / 1024} MB).`,
    );
  }
}

/**
 * Answers a refusal. A request body still arriving is drained into nothing before the answer is closed, so
 * the client reads the status instead of a connection reset; draining stops after a while regardless.
 */
function refuseRequest(
  req: IncomingMessage,
  res: ServerResponse,
  refused: RequestRefused,
  drain = true,
): void {
  const body = refused.message;
  res.shouldKeepAlive = false;
  res.writeHead(refused.status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    Connection: 'close',
  });
  // The status goes out at once, so a client still sending can stop.
  res.flushHeaders();
  if (!drain || req.complete || req.readableEnded || req.destroyed) {
    res.end(body);
    return;
  }
  const stop = setTimeout(() => req.destroy(), 30_000);
  req.on('end', () => {
    clearTimeout(stop);
    res.end(body);
  });
  req.on('error', () => clearTimeout(stop));
  req.resume();
}

/** The hosts a browser on this machine may name: anything else is a DNS-rebinding attempt. */
function allowedHosts(port: number): Set<string> {
  return new Set([`${WEB_HOST}:${port}`, `localhost:${port}`]);
}

function allowedOrigins(port: number): Set<string> {
  return new Set([`http://${WEB_HOST}:${port}`, `http://localhost:${port}`]);
}

/** Reads the body up to the limit; past it, stops keeping bytes and refuses with 413 (the rest is drained). */
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= WEB_MAX_BODY_BYTES) {
        chunks.push(chunk);
        return;
      }
      req.off('data', onData);
      req.off('end', onEnd);
      chunks.length = 0;
      reject(
        new RequestRefused(
          413,
          `Payload too large: the limit is ${WEB_MAX_BODY_BYTES} bytes (${WEB_MAX_BODY_BYTES / 1024 / 1024} MB).`,
        ),
      );
    };
    const onEnd = () => resolve(Buffer.concat(chunks).toString('utf8'));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', reject);
  });
}

async function serveStatic(rendererDir: string, pathname: string, res: ServerResponse): Promise<void> {
  const root = resolve(rendererDir);
  const rel = pathname === '/' ? 'index.html' : decodePath(pathname).replace(/^\/+/, '');
  if (rel.includes('\0')) return send(res, 404, 'Not found');
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

    const url = parseUrl(req, port);
    const header = req.headers[TOKEN_HEADER];
    const offered =
      url.searchParams.get('token') ?? (typeof header === 'string' ? header : null) ?? cookieToken(req, port);
    if (!offered || !sameSecret(offered, token))
      return send(res, 401, 'Unauthorized: open the URL printed by `rendezvous web`');

    if (url.pathname.startsWith(API_PREFIX)) {
      if (req.method !== 'POST') return send(res, 405, 'Use POST');
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return send(res, 415, 'Send application/json');
      }
      checkDeclaredLength(req);
      let outcome: CallOutcome;
      try {
        const raw = await readBody(req);
        const input: unknown = raw.trim() === '' ? {} : JSON.parse(raw);
        outcome = await callMethod(options.handlers, url.pathname.slice(API_PREFIX.length), input);
      } catch (err) {
        if (err instanceof RequestRefused) throw err;
        const message = err instanceof SyntaxError ? 'The body is not valid JSON.' : String(err);
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
        `${tokenCookieName(port)}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`,
      );
    }
    return serveStatic(options.rendererDir, url.pathname, res);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (err instanceof RequestRefused && !res.headersSent) refuseRequest(req, res, err);
      else if (!res.headersSent) send(res, 500, 'Internal error');
      else res.end();
    });
  });
  // A client that asks first (Expect: 100-continue) is refused before it sends an oversized body.
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
    try {
      checkDeclaredLength(req);
    } catch (err) {
      if (err instanceof RequestRefused) return refuseRequest(req, res, err, false);
    }
    res.writeContinue();
    server.emit('request', req, res);
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
