// The shape of one benchmark: bench/run.ts imports every bench/*.bench.ts, runs it and
// writes the markdown section it returns into docs/benchmarks.md between its markers.

/** One benchmark module's default export. */
export interface BenchModule {
  /** A short id, used for the section markers and to run one bench: `npm run bench -- http`. */
  readonly name: string;
  /** Runs the benchmark; resolves to a markdown section (starting with a `## ` heading). */
  run(): Promise<string>;
}
