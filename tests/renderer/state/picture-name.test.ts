import { describe, expect, it } from 'vitest';
import { pictureFileName } from '../../../src-renderer/state/actions/exportView';

describe('picture file names', () => {
  it('take the title, made safe for file systems, with the date and scale', () => {
    expect(pictureFileName('Who met whom in İstanbul / April', '2025-04-20', 'png', 2)).toBe(
      'who-met-whom-in-istanbul-april-2025-04-20@2x.png',
    );
    expect(pictureFileName('US, Russia talks', '2025-04-20', 'svg')).toBe('us-russia-talks-2025-04-20.svg');
  });

  it('fall back to "rendezvous" without a title', () => {
    expect(pictureFileName('  ', '2025-04-20', 'png', 1)).toBe('rendezvous-2025-04-20@1x.png');
  });
});
