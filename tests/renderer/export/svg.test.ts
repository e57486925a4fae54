// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildSvg } from '../../../src-renderer/export/svg';
import { HOSTILE_LABELS, sampleScene } from './scene';

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed: ${error.textContent}`);
  return doc;
}

const caption = {
  title: 'Talks <b>& "more"</b>',
  date: 'Exported 2025-04-20',
  filters: ['View: meetings', 'Status: held'],
  sources: [
    {
      outlet: 'The Kyiv Independent',
      title: 'US, Russia <script>x</script>',
      date: '2025-04-10',
      url: 'https://kyivindependent.com/a?b=1&c=2',
    },
    { outlet: '=cmd', title: null, date: null, url: null },
  ],
};

describe('SVG export', () => {
  it('parses as XML, with one shape and one text element per labelled node', () => {
    const { svg } = buildSvg(sampleScene());
    const doc = parse(svg);
    expect(doc.documentElement.localName).toBe('svg');
    expect(doc.documentElement.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(doc.querySelectorAll('g[data-node-id]')).toHaveLength(4);
    expect(doc.querySelectorAll('g[data-edge-id]')).toHaveLength(2);
    expect(doc.querySelector('g[data-node-id="a"] ellipse')).not.toBeNull();
    expect(doc.querySelector('g[data-node-id="c"] polygon')!.getAttribute('points')!.split(' ')).toHaveLength(
      6,
    );
    expect(doc.querySelector('g[data-edge-id="ab"] path')!.getAttribute('d')).toContain(' Q 100 10 200 80');
    expect(doc.querySelector('g[data-edge-id="ac"] path')!.getAttribute('stroke-dasharray')).toBeTruthy();
  });

  it('keeps hostile labels as text: no script element, every label readable back', () => {
    const { svg } = buildSvg(sampleScene(), { caption });
    const doc = parse(svg);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.getElementsByTagName('b')).toHaveLength(0);
    const texts = [...doc.getElementsByTagName('text')].map((t) => t.textContent);
    const tspans = [...doc.getElementsByTagName('tspan')].map((t) => t.textContent);
    for (const label of HOSTILE_LABELS) expect([...texts, ...tspans]).toContain(label);
    expect(doc.querySelector("g[data-node-id='b\"<&>']")).not.toBeNull();
  });

  it('draws the caption below the graph with title, date, filters and numbered sources', () => {
    const { svg, height } = buildSvg(sampleScene(), { caption });
    const doc = parse(svg);
    const lines = [...doc.querySelectorAll('g.caption text')].map((t) => t.textContent ?? '');
    expect(lines[0]).toBe('Talks <b>& "more"</b>');
    expect(lines).toContain('Exported 2025-04-20');
    expect(lines.join(' ')).toContain('Filters: View: meetings · Status: held');
    expect(lines).toContain('Sources');
    expect(lines.join(' ')).toContain(
      '[1] The Kyiv Independent, “US, Russia <script>x</script>”, 2025-04-10,',
    );
    expect(lines.join('')).toContain('https://kyivindependent.com/a?b=1&c=2');
    expect(lines).toContain('[2] =cmd');
    const without = buildSvg(sampleScene());
    expect(height).toBeGreaterThan(without.height + 100);
  });

  it('sizes the document to the graph and multiplies pixels by the scale', () => {
    const one = buildSvg(sampleScene(), { padding: 10 });
    const three = buildSvg(sampleScene(), { padding: 10, scale: 3 });
    const viewBox = parse(one.svg).documentElement.getAttribute('viewBox')!.split(' ').map(Number);
    expect(one.width).toBe(Math.ceil(viewBox[2]!));
    expect(three.width).toBe(Math.ceil(viewBox[2]! * 3));
    expect(parse(three.svg).documentElement.getAttribute('height')).toBe(String(three.height));
    for (const node of sampleScene().nodes) {
      expect(node.x - node.width / 2).toBeGreaterThanOrEqual(viewBox[0]!);
      expect(node.x + node.width / 2).toBeLessThanOrEqual(viewBox[0]! + viewBox[2]!);
    }
  });

  it('paints a white background unless transparent is asked for', () => {
    const white = parse(buildSvg(sampleScene()).svg);
    expect(white.querySelector('svg > rect')!.getAttribute('fill')).toBe('#ffffff');
    const clear = parse(buildSvg(sampleScene(), { background: 'transparent' }).svg);
    expect(clear.querySelector('svg > rect')).toBeNull();
  });

  it('drops characters XML cannot hold and still parses', () => {
    const scene = sampleScene();
    scene.nodes[0]!.label = 'bell\u0007 null\u0000 lone\uD800 end';
    const doc = parse(buildSvg(scene).svg);
    expect([...doc.getElementsByTagName('tspan')].map((t) => t.textContent)).toContain('bell null lone end');
  });

  it('an empty scene still gives a valid document', () => {
    const doc = parse(buildSvg({ nodes: [], edges: [] }).svg);
    expect(doc.documentElement.localName).toBe('svg');
  });
});
