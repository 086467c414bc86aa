// The part of autocannon's programmatic API the query benchmark uses (the package ships no types).
declare module 'autocannon' {
  interface AutocannonRequest { method?: string; path: string }
  interface AutocannonOptions {
    url: string;
    connections?: number;
    duration?: number;
    pipelining?: number;
    requests?: AutocannonRequest[];
  }
  interface HistogramSummary { average: number; mean: number; stddev: number; min: number; max: number; total?: number; p50: number; p90: number; p97_5: number; p99: number }
  interface AutocannonResult {
    requests: HistogramSummary;
    latency: HistogramSummary;
    throughput: HistogramSummary;
    errors: number;
    timeouts: number;
    non2xx: number;
    duration: number;
  }
  function autocannon(options: AutocannonOptions): Promise<AutocannonResult>;
  export default autocannon;
}
