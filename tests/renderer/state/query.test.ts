import { describe, expect, it } from 'vitest';
import { cellText, rowsAsCsv } from '../../../src-renderer/state/actions/runQuery';

describe('the query console table', () => {
  it('copies rows as CSV, quoting commas, quotes and line breaks, with objects as JSON', () => {
    const csv = rowsAsCsv({
      columns: ['name', 'n'],
      rows: [
        { name: 'Witkoff, Steve', n: 7 },
        { name: 'He said "yes"\nthen left', n: null },
        { name: 'Dmitriev', n: { a: 1 } },
      ],
    });
    expect(csv).toBe(
      'name,n\r\n"Witkoff, Steve",7\r\n"He said ""yes""\nthen left",\r\nDmitriev,"{""a"":1}"\r\n',
    );
  });

  it('shows null as an empty cell and strings as they are', () => {
    expect(cellText(null)).toBe('');
    expect(cellText('Riyadh')).toBe('Riyadh');
    expect(cellText([1, 2])).toBe('[1,2]');
  });
});
