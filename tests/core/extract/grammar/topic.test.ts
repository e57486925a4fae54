import { describe, expect, it } from 'vitest';
import { topicFor, topicOf } from '../../../../src-main/core/extract/grammar/topic';
import { findTriggers } from '../../../../src-main/core/extract/grammar/triggers';

describe('the topic pass', () => {
  it('reads the topic after "on", "to discuss" and "focused on"', () => {
    expect(topicOf(' on fishing quotas, officials said.')).toBe('fishing quotas');
    expect(topicOf(' to discuss the new harbour in the north')).toBe('the new harbour in the north');
    expect(topicOf(' focused on water rights')).toBe('water rights');
  });

  it('takes no date, duration or bare article for a topic', () => {
    expect(topicOf(' on Monday in the capital')).toBeNull();
    expect(topicOf(' on 12 May')).toBeNull();
    expect(topicOf(' for two hours')).toBeNull();
  });

  it('gives no topic to a reference that is itself the topic of a statement', () => {
    const s = 'She spoke about the talks on water rights.';
    const t = findTriggers(s)[0];
    expect(t && topicFor(s, t, s.slice(t.index), true, true)).toBeNull();
    expect(t && topicFor(s, t, s.slice(t.index), true, false)).toBe('water rights');
  });
});
