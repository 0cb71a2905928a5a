/** Runs `work` once to warm up, then `runs` times, and prints the median with the spread; returns the median. */
export async function time(label: string, runs: number, work: () => Promise<unknown>): Promise<number> {
  await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)]!;
  console.log(`${label.padEnd(52)} median ${median.toFixed(1)} ms  (min ${samples[0]!.toFixed(1)}, max ${samples.at(-1)!.toFixed(1)}, n=${runs})`);
  return median;
}
