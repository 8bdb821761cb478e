import path from 'node:path';
import { REPO_ROOT } from '../../support/spawnBot.js';

/** Self and inclusive time of one function in a V8 CPU profile. */
export interface HotFunction {
  name: string;
  where: string;
  selfMs: number;
  totalMs: number;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function parseProfile(value: unknown): CpuProfile {
  const v = value as Partial<CpuProfile>;
  if (!Array.isArray(v.nodes) || !Array.isArray(v.samples) || !Array.isArray(v.timeDeltas)) throw new Error('bench: not a V8 CPU profile');
  return v as CpuProfile;
}

function where(frame: ProfileNode['callFrame']): string {
  if (frame.url === '') return '(native)';
  const file = frame.url.startsWith('file://') ? new URL(frame.url).pathname : frame.url;
  const short = file.startsWith(REPO_ROOT) ? path.relative(REPO_ROOT, file) : file;
  // tsx compiles each .ts file to one line, so only plain .js files have useful line numbers.
  return short.endsWith('.ts') ? short : `${short}:${frame.lineNumber + 1}`;
}

/**
 * Aggregates a `.cpuprofile` by function (name + file:line): self time, and inclusive time counted
 * once per stack even when the function recurses.
 */
export function hotFunctions(raw: unknown, top = 25, hide: (f: HotFunction) => boolean = () => false): { bySelf: HotFunction[]; byTotal: HotFunction[]; totalMs: number } {
  const profile = parseProfile(raw);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const key = (n: ProfileNode): string => `${n.callFrame.functionName || '(anonymous)'}\u0000${where(n.callFrame)}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const root = profile.nodes[0];
  if (root === undefined) throw new Error('bench: empty CPU profile');
  // Iterative DFS returning subtree time; inclusive time goes to a function only at its outermost frame.
  const walk = (node: ProfileNode, open: Map<string, number>): number => {
    const k = key(node);
    open.set(k, (open.get(k) ?? 0) + 1);
    let sum = selfUs.get(node.id) ?? 0;
    self.set(k, (self.get(k) ?? 0) + sum);
    for (const child of node.children ?? []) {
      const c = byId.get(child);
      if (c !== undefined) sum += walk(c, open);
    }
    const depth = (open.get(k) ?? 1) - 1;
    if (depth === 0) {
      open.delete(k);
      total.set(k, (total.get(k) ?? 0) + sum);
    } else open.set(k, depth);
    return sum;
  };
  const allUs = walk(root, new Map());
  const rows = [...self.keys()].map((k): HotFunction => {
    const [name = '', at = ''] = k.split('\u0000');
    return { name: name.length > 90 ? `${name.slice(0, 89)}…` : name, where: at, selfMs: (self.get(k) ?? 0) / 1000, totalMs: (total.get(k) ?? 0) / 1000 };
  });
  const skip = (r: HotFunction): boolean => r.name === '(root)' || r.name === '(program)' || r.name === '(idle)' || hide(r);
  return {
    bySelf: [...rows].filter((r) => !skip(r)).sort((a, b) => b.selfMs - a.selfMs).slice(0, top),
    byTotal: [...rows].filter((r) => !skip(r)).sort((a, b) => b.totalMs - a.totalMs).slice(0, top),
    totalMs: allUs / 1000,
  };
}
