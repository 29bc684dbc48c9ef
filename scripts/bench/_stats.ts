/** Percentiles and a fixed-width line for benchmark output. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export function summarise(label: string, samplesMs: number[]): string {
  return `${label}: p50 ${percentile(samplesMs, 50).toFixed(1)} ms, p95 ${percentile(samplesMs, 95).toFixed(1)} ms (n=${samplesMs.length})`;
}

/** Runs fn n times, returning each run's duration in milliseconds. */
export async function timeRuns(n: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    await fn(i);
    samples.push(performance.now() - started);
  }
  return samples;
}
