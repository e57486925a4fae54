// Text safety shared by the file formats: XML escaping, CSV cells, and Unicode clean-up.

const LONE_SURROGATE = /[\uD800-\uDFFF]/gu;

/** XML escaping lives in the contract so the renderer's SVG builder shares it. */
export { xmlEscape } from '../../common/export';

/** Removes lone surrogates, which no UTF-8 file can hold; astral characters, RTL and combining marks stay. */
function toWellFormedUnicode(value: string): string {
  return value.replace(LONE_SURROGATE, '');
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell (RFC 4180): a leading =, +, -, @, tab or CR is neutralised with a `'`; quoted when needed. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let cell = toWellFormedUnicode(value);
  if (FORMULA_START.test(cell)) cell = `'${cell}`;
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** A Cypher string literal: single-quoted, with backslash, quote and control characters escaped. */
export function cypherString(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
  const body = toWellFormedUnicode(value).replace(/[\\'\u0000-\u001f\u2028\u2029\u0085]/g, (ch) => {
    switch (ch) {
      case '\\':
        return '\\\\';
      case "'":
        return "\\'";
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return '\\t';
      default:
        return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
    }
  });
  return `'${body}'`;
}

/** Joins list values for formats without list types; the separator is documented in docs/exports.md. */
export function joinList(values: readonly string[]): string {
  return values.join('; ');
}
