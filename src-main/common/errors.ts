// Error codes shared by every host: the core throws RendezvousError, transports carry { code, message }.

/** Every failure the app reports to a person has one of these codes. */
const ERROR_CODES = [
  'JAVA_MISSING',
  'JAVA_TOO_OLD',
  'LAUNCHER_BUILD_FAILED',
  'PORT_IN_USE',
  'DATA_LOCKED',
  'NEO4J_START_TIMEOUT',
  'NEO4J_UNAVAILABLE',
  'AUTH_FAILED',
  'QUERY_REFUSED',
  'QUERY_FAILED',
  'BAD_INPUT',
  'FILE_TOO_LARGE',
  'FILE_UNREADABLE',
  'NOT_FOUND',
  'INVALID_ARGUMENT',
  'EXPORT_FAILED',
  'EXTRACTION_TIMEOUT',
  'DISK_FULL',
  'FORBIDDEN',
  'CONFLICT',
  'INTERNAL',
] as const;

/** A machine-readable reason; the message says the human one. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The one error type that crosses boundaries: a code plus a message a person can act on. */
export class RendezvousError extends Error {
  override readonly name = 'RendezvousError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** The serialised form of an error as it travels over IPC or HTTP. */
export interface ErrorPayload {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

/** Turns anything thrown into a payload without leaking stack traces. */
export function toErrorPayload(err: unknown): ErrorPayload {
  if (err instanceof RendezvousError) return { code: err.code, message: err.message, details: err.details };
  if (err instanceof Error) return { code: 'INTERNAL', message: err.message };
  return { code: 'INTERNAL', message: String(err) };
}

/** Rebuilds an error on the receiving side of a transport. */
export function fromErrorPayload(payload: ErrorPayload): RendezvousError {
  const code = (ERROR_CODES as readonly string[]).includes(payload.code) ? payload.code : 'INTERNAL';
  return new RendezvousError(code, payload.message, payload.details);
}
