// The page's Content-Security-Policy: one declaration for every host that serves the UI.

/**
 * The Content-Security-Policy of the UI, sent as a header by the Electron window's session and by the web
 * mode (the page repeats it as a meta tag, minus `frame-ancestors`, which only a header can carry).
 * Scripts only from the app itself; styles may be inline because the graph canvas sizes itself with them.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
