// The shape every benchmark suite reports.

/** One measured figure, with the baseline measured in the same run when there is one. */
export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  baseline?: { name: string; value: number };
  /** The target, in words, e.g. "ratio <= 1.25". */
  target?: string;
  /** The machine's 1-minute load average when the figure was taken (on 2 cores, above 2 means contention). */
  load?: string;
}

/** A suite: bench/suites/NAME.ts default-exports one. */
export interface BenchSuite {
  title: string;
  /** Long runs (e.g. 30,000 articles) run only when named on the command line, never in a plain `npm run bench`. */
  onlyWhenNamed?: boolean;
  run(): Promise<BenchFigure[]>;
}
