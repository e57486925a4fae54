// The group view's outlet mastheads, without Neo4j: what the masthead lookup would answer after the
// writes of a group's earlier articles, renames included (write-group.ts).
import { describe, expect, it } from 'vitest';
import type { ArticlePlan } from '../../../src-main/core/merge/plan';
import { GroupView } from '../../../src-main/core/store/write-group';

const articlePlan = (id: string, published: string, outlet: string, masthead: boolean): ArticlePlan => ({
  articleId: id,
  nodes: [
    {
      label: 'Article',
      rows: [{ id, create: {}, update: { published, outlet, outletKey: 'k', outletIsMasthead: masthead } }],
    },
  ],
  links: [],
  ...(masthead ? { outletMasthead: { key: 'k', name: outlet } } : {}),
});

const view = () =>
  new GroupView(
    {
      stored: [],
      people: [],
      organizations: [],
      outlets: [
        {
          key: 'k',
          masthead: [{ outlet: 'Old Masthead', published: '2025-03-01' }],
          plain: [{ published: '2025-01-01' }],
        },
      ],
    },
    [],
  );

describe('the mastheads a group sees', () => {
  it('answers the earliest stored masthead before the group writes anything', () => {
    expect(view().mastheadFor('k')).toBe('Old Masthead');
    expect(view().mastheadFor('other')).toBeNull();
    expect(view().mastheadFor(null)).toBeNull();
  });

  it('renames the earlier articles known by web address when an article names the masthead', () => {
    const v = view();
    v.apply(articlePlan('a1', '2025-05-01', 'New Masthead', true), []);
    // The stored article of January, renamed, is now the earliest masthead.
    expect(v.mastheadFor('k')).toBe('New Masthead');
  });

  it('counts an article of the group published before every stored one, undated ones last', () => {
    const v = view();
    v.apply(articlePlan('a1', '2024-12-01', 'example.com', false), []);
    expect(v.mastheadFor('k')).toBe('Old Masthead');
    v.apply(articlePlan('a2', '2024-11-01', 'Earliest Masthead', true), []);
    expect(v.mastheadFor('k')).toBe('Earliest Masthead');
    expect(v.isStored('a1') && v.isStored('a2')).toBe(true);
  });
});
