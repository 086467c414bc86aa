// Shapes shared by the benchmark runner and the benchmark modules.

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export interface BenchContext {
  /** Small sizes and few repetitions (CI, development): the whole run in under a minute. */
  quick: boolean;
  /** Progress line on stderr (the tables go to stdout). */
  log: (message: string) => void;
}

export interface Table {
  title: string;
  columns: string[];
  rows: string[][];
}

export interface TargetStatus {
  /** "Extraction ≥ 40% of wink-nlp tagging". */
  target: string;
  /** The measured figure, formatted. */
  value: string;
  /** null when the figure could not be measured. */
  met: boolean | null;
}

export interface BenchResult {
  name: string;
  title: string;
  tables: Table[];
  targets: TargetStatus[];
  notes: string[];
  /** Raw figures for bench/results/latest.json. */
  data: Json;
}

export interface Benchmark {
  name: string;
  title: string;
  run(context: BenchContext): Promise<BenchResult>;
}
