// The banner that says when the drawn view is not the whole graph, with the true counts.
import type { ViewCoverage } from '../../src-main/common/graph';
import { coverageText } from '../state/coverage';

/** Shown only when a limit cut the view; says what was left out. */
export function CoverageBanner({ coverage }: { coverage: ViewCoverage | undefined }) {
  const text = coverageText(coverage);
  if (!text) return null;
  return (
    <div className="banner coverage" role="status" aria-label="View coverage">
      {text}
    </div>
  );
}
