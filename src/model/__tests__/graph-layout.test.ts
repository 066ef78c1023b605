import {describe, expect, it} from 'vitest';
import {architectureGraph} from '../../site/architecture';
import {layoutGraph, rankNodes, type GraphInput, type LaidOutNode} from '../graph-layout';

const node = (id: string) => ({id, lines: [id]});

/** Points of an SVG path made of M, H and V commands (the lane edges). */
function polyline(path: string): Array<[number, number]> {
  const points: Array<[number, number]> = [];
  let x = 0;
  let y = 0;
  for (const [, cmd, args] of path.matchAll(/([MHV])([^MHVC]+)/g)) {
    const v = args!.split(',').map(Number);
    if (cmd === 'M') [x, y] = [v[0]!, v[1]!];
    else if (cmd === 'H') x = v[0]!;
    else y = v[0]!;
    points.push([x, y]);
  }
  return points;
}

/** Whether the segment a–b (horizontal or vertical) runs through the inside of a box. */
function crosses(a: [number, number], b: [number, number], box: LaidOutNode): boolean {
  const [x1, x2] = [Math.min(a[0], b[0]), Math.max(a[0], b[0])];
  const [y1, y2] = [Math.min(a[1], b[1]), Math.max(a[1], b[1])];
  return x1 < box.x + box.width && x2 > box.x && y1 < box.y + box.height && y2 > box.y;
}

describe('layered graph layout', () => {
  it.each<[string, GraphInput, Record<string, number>]>([
    ['a chain', {nodes: ['a', 'b', 'c'].map(node), edges: [{from: 'a', to: 'b', label: ''}, {from: 'b', to: 'c', label: ''}]}, {a: 0, b: 1, c: 2}],
    ['a long edge beside a chain', {nodes: ['a', 'b', 'c'].map(node), edges: [{from: 'a', to: 'c', label: ''}, {from: 'a', to: 'b', label: ''}, {from: 'b', to: 'c', label: ''}]}, {a: 0, b: 1, c: 2}],
    ['a cycle, broken at its closing edge', {nodes: ['a', 'b', 'c'].map(node), edges: [{from: 'a', to: 'b', label: ''}, {from: 'b', to: 'c', label: ''}, {from: 'c', to: 'a', label: ''}]}, {a: 0, b: 1, c: 2}],
  ])('ranks %s by longest path', (_name, input, ranks) => {
    expect(Object.fromEntries(rankNodes(input))).toEqual(ranks);
  });

  it('puts the architecture map in five rows, from the docs down to telemetry', () => {
    const ranks = rankNodes(architectureGraph());
    expect(Object.fromEntries(ranks)).toEqual({docs: 0, cli: 1, marketplace: 2, templates: 2, runtime: 3, governance: 3, telemetry: 4});
  });

  it('routes no edge of the architecture map through a box it does not connect', () => {
    const layout = layoutGraph(architectureGraph());
    for (const edge of layout.edges.filter((e) => e.vertical)) {
      const points = polyline(edge.path);
      const others = layout.nodes.filter((n) => n.id !== edge.from && n.id !== edge.to);
      for (let i = 1; i < points.length; i++) for (const box of others) expect(crosses(points[i - 1]!, points[i]!, box), `${edge.from}→${edge.to} through ${box.id}`).toBe(false);
    }
    for (const n of layout.nodes) expect(n.x >= 0 && n.y >= 0 && n.x + n.width <= layout.width && n.y + n.height <= layout.height).toBe(true);
  });

  it('runs the long edge and the closing edge in lanes, with their labels along them', () => {
    const lanes = layoutGraph(architectureGraph()).edges.filter((e) => e.vertical).map((e) => `${e.from}→${e.to} ${e.label}`);
    expect(lanes).toEqual(['cli→telemetry ax logs', 'telemetry→marketplace adoption analytics']);
  });
});
