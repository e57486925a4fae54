// Scale checks on 2,000 generated articles (the CI version of `scale30k`): throughput curve, peak memory,
// re-ingest.
import { scaleRun } from '../lib/scale';
import type { BenchSuite } from '../types';

const suite: BenchSuite = {
  title: 'Scale: ingest of 2,000 realistic generated articles (curve, peak memory, re-ingest)',
  run: () => scaleRun(2000),
};

export default suite;
