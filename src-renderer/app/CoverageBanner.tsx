// The banner that says when the drawn view is not the whole graph, with the true counts.
import type { ViewCoverage } from '../../src-main/common/graph';
import type { ViewClusters } from '../../src-main/common/explore';
import { coverageText } from '../state/coverage';

/** Shown only when a limit cut the view; says what was left out, and in how many clusters. */
export function CoverageBanner({
  coverage,
  clusters,
}: {
  coverage: ViewCoverage | undefined;
  clusters: ViewClusters | null;
}) {
  const text = coverageText(coverage, clusters);
  if (!text) return null;
  return (
    <div className="banner coverage" role="status" aria-label="View coverage">
      {text}
    </div>
  );
}
