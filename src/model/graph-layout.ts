/**
 * A small layered layout for the site's own diagrams (the architecture map): nodes in rows by
 * rank, top to bottom, edges as paths with a label each. It runs at build time, so a diagram
 * reaches the reader as plain SVG: no diagram library in the browser, text at body size, and
 * colours from the site's CSS in both colour modes.
 *
 * Ranks are longest paths from the sources once the edges that close a cycle are set aside
 * (depth-first, in the order the edges are given); within a row, nodes keep their order in the
 * input. An edge between neighbouring rows is a curve; a longer edge, and a cycle's closing
 * edge, runs in a lane beside the rows and through the gaps between them, so it never crosses a box.
 */

export interface GraphInput {
  nodes: ReadonlyArray<{id: string; lines: readonly string[]}>;
  edges: ReadonlyArray<{from: string; to: string; label: string}>;
}

export interface LaidOutNode {
  id: string;
  lines: readonly string[];
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LaidOutEdge {
  from: string;
  to: string;
  label: string;
  /** SVG path data. */
  path: string;
  /** Centre of the label. */
  labelX: number;
  labelY: number;
  /** The label runs along a vertical lane, turned a quarter. */
  vertical: boolean;
}

export interface GraphLayout {
  width: number;
  height: number;
  nodes: LaidOutNode[];
  edges: LaidOutEdge[];
}

/** Sizes in SVG units (pixels at 100%). */
export const layoutSizes = {nodeWidth: 210, nodeHeight: 56, columnGap: 70, rowGap: 78, lane: 36, margin: 12} as const;

/** Rank of each node: the longest path to it from a source, cycles broken at their closing edge. */
export function rankNodes(input: GraphInput): Map<string, number> {
  const out = new Map<string, string[]>(input.nodes.map((n) => [n.id, []]));
  for (const e of input.edges) out.get(e.from)?.push(e.to);
  const state = new Map<string, 'open' | 'done'>();
  const back = new Set<string>();
  const visit = (id: string) => {
    state.set(id, 'open');
    for (const to of out.get(id) ?? []) {
      if (state.get(to) === 'open') back.add(`${id}>${to}`);
      else if (!state.has(to)) visit(to);
    }
    state.set(id, 'done');
  };
  for (const n of input.nodes) if (!state.has(n.id)) visit(n.id);
  const rank = new Map(input.nodes.map((n) => [n.id, 0]));
  // Longest path by relaxation: at most one pass per node once the cycles are broken.
  for (let pass = 0; pass < input.nodes.length; pass++) {
    for (const e of input.edges) {
      if (back.has(`${e.from}>${e.to}`)) continue;
      const next = (rank.get(e.from) ?? 0) + 1;
      if (next > (rank.get(e.to) ?? 0)) rank.set(e.to, next);
    }
  }
  return rank;
}

/** Places every node and routes every edge. */
export function layoutGraph(input: GraphInput): GraphLayout {
  const {nodeWidth: w, nodeHeight: h, columnGap, rowGap, lane, margin} = layoutSizes;
  const rank = rankNodes(input);
  const rows: string[][] = [];
  for (const n of input.nodes) (rows[rank.get(n.id)!] ??= []).push(n.id);
  const widest = Math.max(...rows.map((r) => r.length));
  const longEdges = input.edges.filter((e) => rank.get(e.to)! - rank.get(e.from)! !== 1);
  const leftLanes = longEdges.filter((e) => rank.get(e.to)! > rank.get(e.from)!).length;
  const rightLanes = longEdges.length - leftLanes;
  const body = widest * w + (widest - 1) * columnGap;
  const left = margin + leftLanes * lane;
  const lastRow = rows.length - 1;
  // A lane edge leaves its box from the bottom and enters the other from the top, through the
  // gaps between rows, so it never runs through a neighbouring box; the first and last rows then
  // need a gap's room above or below.
  const padTop = longEdges.some((e) => rank.get(e.to) === 0) ? rowGap / 2 : 0;
  const padBottom = longEdges.some((e) => rank.get(e.from) === lastRow) ? rowGap / 2 : 0;
  const nodes = new Map<string, LaidOutNode>();
  rows.forEach((row, r) => {
    const offset = left + (body - (row.length * w + (row.length - 1) * columnGap)) / 2;
    row.forEach((id, i) => {
      const lines = input.nodes.find((n) => n.id === id)!.lines;
      nodes.set(id, {id, lines, x: offset + i * (w + columnGap), y: margin + padTop + r * (h + rowGap), width: w, height: h});
    });
  });
  let leftLane = 0;
  let rightLane = 0;
  const edges = input.edges.map((e): LaidOutEdge => {
    const a = nodes.get(e.from)!;
    const b = nodes.get(e.to)!;
    if (rank.get(e.to)! - rank.get(e.from)! === 1) {
      const [x1, y1, x2, y2] = [a.x + w / 2, a.y + h, b.x + w / 2, b.y];
      const my = (y1 + y2) / 2;
      return {...e, path: `M${x1},${y1} C${x1},${my} ${x2},${my} ${x2},${y2}`, labelX: (x1 + x2) / 2, labelY: my, vertical: false};
    }
    const onLeft = rank.get(e.to)! > rank.get(e.from)!;
    const n = onLeft ? ++leftLane : ++rightLane;
    const x = onLeft ? left - lane * n + lane / 2 : left + body + lane * n - lane / 2;
    // Off-centre, towards the lane's side, so the edge does not share a point with the row's curves.
    const shift = (onLeft ? -1 : 1) * (w / 2 - 16 * n);
    const [sx, tx] = [a.x + w / 2 + shift, b.x + w / 2 + shift];
    // The runs across hug the boxes, away from the labels in the middle of each gap.
    const [below, above] = [a.y + h + 4 + 8 * n, b.y - 4 - 8 * n];
    return {...e, path: `M${sx},${a.y + h} V${below} H${x} V${above} H${tx} V${b.y}`, labelX: x, labelY: (below + above) / 2, vertical: true};
  });
  const height = margin * 2 + padTop + padBottom + rows.length * h + (rows.length - 1) * rowGap;
  return {width: left + body + rightLanes * lane + margin, height, nodes: [...nodes.values()], edges};
}
