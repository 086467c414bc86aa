import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figuresBlock, updatePerformanceDoc } from '../../bench/docs.js';
import type { BenchResult } from '../../bench/types.js';

const result = (value: string, met: boolean): BenchResult => ({
  name: 'gexf', title: 'GEXF export', notes: ['a note'], data: null,
  tables: [{ title: 'Time', columns: ['writer', 'ms'], rows: [['ours', value]] }],
  targets: [{ target: 'GEXF ≥ 3× faster', value: '4.0×', met }],
});
const machine = { cpu: 'Test CPU', cores: 2, memoryGB: 8, node: 'v20', platform: 'linux', loadAverage: '0.5 at start, 0.6 at end' };

describe('performance doc figures block', () => {
  it('renders the machine, the targets and every table as Markdown', () => {
    const block = figuresBlock([result('812', false)], machine, '2026-01-02T03:04:05.000Z', 42);
    expect(block).toContain('Machine: Test CPU, 2 cores, 8 GB RAM');
    expect(block).toContain('2026-01-02 03:04 UTC, 42 s');
    expect(block).toContain('| GEXF ≥ 3× faster | 4.0× | **missed** |');
    expect(block).toContain('| ours | 812 |');
    expect(block).toContain('- a note');
  });

  it('replaces only the generated block and keeps the hand-written text around it', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'perf-doc-')), 'performance.md');
    writeFileSync(path, '# Performance\n\nAnalysis written by hand.\n');
    updatePerformanceDoc(figuresBlock([result('900', false)], machine, '2026-01-01T00:00:00Z', 1), path);
    updatePerformanceDoc(figuresBlock([result('450', true)], machine, '2026-01-02T00:00:00Z', 1), path);
    updatePerformanceDoc(`${figuresBlock([result('300', true)], machine, '2026-01-03T00:00:00Z', 1)}`, path);
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith('# Performance\n\nAnalysis written by hand.\n')).toBe(true);
    expect(text).toContain('| ours | 300 |');
    expect(text).not.toContain('| ours | 900 |');
    expect(text).not.toContain('| ours | 450 |');
    expect(text.match(/bench:begin/g)).toHaveLength(1);
  });
});
