// Scale checks on 30,000 generated articles; runs only when named: `npm run bench -- scale30k`.
import { scaleRun } from '../lib/scale';
import type { BenchSuite } from '../types';

const suite: BenchSuite = {
  title: 'Scale: ingest of 30,000 realistic generated articles (curve, peak memory, re-ingest)',
  onlyWhenNamed: true,
  run: () => scaleRun(30_000),
};

export default suite;
