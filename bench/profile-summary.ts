// `npx tsx bench/profile-summary.ts DIR [N]`: the functions that cost the most in the largest V8 CPU
// profile of DIR (as written by `npm run bench -- --profile`), by self and by inclusive time.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

export function summariseProfile(profile: CpuProfile, top: number): { self: [string, number][]; inclusive: [string, number][]; totalMs: number } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n: ProfileNode): string =>
    `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber + 1}`;
  const timeOf = new Map<number, number>();
  profile.samples.forEach((id, i) => timeOf.set(id, (timeOf.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  for (const [id, time] of timeOf) {
    total += time;
    const node = byId.get(id);
    if (!node) continue;
    self.set(label(node), (self.get(label(node)) ?? 0) + time);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const frame = byId.get(cur);
      if (!frame) break;
      const name = label(frame);
      if (!seen.has(name)) { seen.add(name); inclusive.set(name, (inclusive.get(name) ?? 0) + time); }
    }
  }
  const best = (m: Map<string, number>): [string, number][] => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => [k, v / total]);
  return { self: best(self), inclusive: best(inclusive), totalMs: total / 1000 };
}

function main(): void {
  const [dir, topArg] = process.argv.slice(2);
  if (!dir) throw new Error('usage: npx tsx bench/profile-summary.ts DIR [N]');
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(dir, f));
  if (files.length === 0) throw new Error(`no .cpuprofile in ${dir}`);
  // The largest profile is the main thread's (the others are loader workers).
  const file = files.sort((a, b) => statSync(b).size - statSync(a).size)[0];
  const { self, inclusive, totalMs } = summariseProfile(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, Number(topArg ?? 25));
  const print = (title: string, rows: [string, number][]): void => {
    process.stdout.write(`-- ${title}\n${rows.map(([name, share]) => `${(share * 100).toFixed(1).padStart(5)}%  ${name}`).join('\n')}\n`);
  };
  process.stdout.write(`${file}: ${totalMs.toFixed(0)} ms sampled\n`);
  print('self time', self);
  print('inclusive time', inclusive);
}

// `| head` closing the pipe early is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => { if (error.code === 'EPIPE') process.exit(0); else throw error; });

try { main(); } catch (error) {
  process.stderr.write(`profile-summary: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
