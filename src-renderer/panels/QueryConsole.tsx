// The query console: the read-only console of `rendezvous query`, with the same refusals, in the app.
import { Suspense, lazy, useMemo, useRef, useState } from 'react';
import type { EditorApi } from '@neo4j-cypher/codemirror';
import { QUERY_LIMITS, type QueryAnswer } from '../../src-main/common/query';
import { useActions } from '../app/context';
import { GraphCanvas } from '../graph/GraphCanvas';
import { toElements } from '../graph/elements';
import type { GraphCommands } from '../state/store';
import {
  cellText,
  queryHistory,
  rowsAsCsv,
  runQuery,
  sendToCanvas,
  type QueryOutcome,
} from '../state/actions/runQuery';

/**
 * The editor (CodeMirror with the Cypher grammar, about half of the renderer's code) is fetched when the
 * console first opens, so the explorer's first view does not wait for it to load.
 */
const CypherEditor = lazy(() => import('./CypherEditor').then((m) => ({ default: m.CypherEditor })));

const EMPTY_STATE = {
  pinned: new Set<string>(),
  selected: new Set<string>(),
  pathNodes: new Set<string>(),
  pathEdges: new Set<string>(),
};

function ResultGraph({ answer }: { answer: QueryAnswer }) {
  const commands = useRef<GraphCommands | null>(null);
  const elements = useMemo(
    () =>
      toElements(
        {
          nodes: answer.graph.nodes,
          edges: answer.graph.edges,
          more: [],
          clusters: [],
          counts: { person: 0, organization: 0, group: 0, place: 0, meeting: 0, topic: 0, article: 0 },
        },
        EMPTY_STATE,
      ),
    [answer],
  );
  return (
    <div
      className="query-graph"
      role="img"
      aria-label={`Graph of the results: ${answer.graph.nodes.length} entities, ${answer.graph.edges.length} links`}
    >
      <GraphCanvas
        elements={elements}
        layout="fcose"
        layoutRun={0}
        webgl={false}
        pinned={[]}
        commands={commands}
        onSelect={() => undefined}
        onExpand={() => undefined}
        onBackground={() => undefined}
        onSelectionChange={() => undefined}
        onPin={() => undefined}
      />
    </div>
  );
}

/** The console region, above the graph. */
export function QueryConsole() {
  const ctx = useActions();
  const [text, setText] = useState('');
  const [limit, setLimit] = useState<number>(QUERY_LIMITS.maxRows);
  const [timeoutS, setTimeoutS] = useState<number>(QUERY_LIMITS.defaultTimeoutS);
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<QueryOutcome | null>(null);
  const [tab, setTab] = useState<'table' | 'graph'>('table');
  const [history, setHistory] = useState<string[]>(() => queryHistory());
  const [note, setNote] = useState<string | null>(null);
  const editor = useRef<EditorApi | null>(null);
  const textRef = useRef(text);
  textRef.current = text;

  const run = async () => {
    const cypher = textRef.current.trim();
    if (!cypher || running) return;
    setRunning(true);
    setNote(null);
    const result = await runQuery(ctx, cypher, { limit, timeoutS });
    setOutcome(result.outcome);
    setHistory(result.history);
    if (result.outcome.answer && !result.outcome.answer.graph.nodes.length) setTab('table');
    setRunning(false);
  };
  const answer = outcome?.answer ?? null;

  return (
    <section className="query-console" role="region" aria-label="Query console">
      <div className="query-head">
        <h2>Query console</h2>
        <span className="muted small">
          Read-only Cypher, as <code>rendezvous query</code>: anything that could write is refused. Ctrl+Enter
          runs.
        </span>
        <button
          type="button"
          className="close"
          aria-label="Close query console"
          onClick={() => ctx.store.apply((s) => ({ ...s, panel: 'none' }))}
        >
          ×
        </button>
      </div>
      <Suspense fallback={<div className="muted small">Loading the editor…</div>}>
        <CypherEditor value={text} onChange={setText} onRun={() => void run()} apiRef={editor} />
      </Suspense>
      <div className="query-row">
        <button type="button" className="primary" onClick={() => void run()} disabled={running}>
          Run
        </button>
        <label>
          Row cap
          <input
            type="number"
            min={1}
            max={QUERY_LIMITS.maxRows}
            value={limit}
            onChange={(e) =>
              setLimit(Math.min(QUERY_LIMITS.maxRows, Math.max(1, Number(e.target.value) || 1)))
            }
          />
        </label>
        <label>
          Timeout (s)
          <input
            type="number"
            min={1}
            max={QUERY_LIMITS.maxTimeoutS}
            value={timeoutS}
            onChange={(e) =>
              setTimeoutS(Math.min(QUERY_LIMITS.maxTimeoutS, Math.max(1, Number(e.target.value) || 1)))
            }
          />
        </label>
        {history.length > 0 && (
          <label>
            History
            <select
              value=""
              onChange={(e) => {
                if (!e.target.value) return;
                editor.current?.setValue(e.target.value);
                setText(e.target.value);
              }}
            >
              <option value="">
                {history.length} earlier quer{history.length === 1 ? 'y' : 'ies'}…
              </option>
              {history.map((q) => (
                <option key={q} value={q}>
                  {q.length > 90 ? `${q.slice(0, 89)}…` : q}
                </option>
              ))}
            </select>
          </label>
        )}
        {running && <span className="muted small">Running…</span>}
      </div>
      {outcome?.error && (
        <p className="error-text" role="alert">
          {outcome.error}
        </p>
      )}
      {answer && (
        <div className="query-results">
          <div className="query-row">
            <span role="status">
              {answer.rows.length} row{answer.rows.length === 1 ? '' : 's'} in {answer.elapsedMs} ms
              {answer.truncated
                ? ` · row cap of ${answer.rowCap} hit: more rows exist; raise the cap (up to ${QUERY_LIMITS.maxRows}) or narrow the query`
                : ''}
              {` · timeout ${Math.round(answer.timeoutMs / 1000)} s`}
            </span>
            <div className="segmented" role="group" aria-label="Show results as">
              <button
                type="button"
                aria-pressed={tab === 'table'}
                className={tab === 'table' ? 'active' : ''}
                onClick={() => setTab('table')}
              >
                Table
              </button>
              <button
                type="button"
                aria-pressed={tab === 'graph'}
                className={tab === 'graph' ? 'active' : ''}
                onClick={() => setTab('graph')}
              >
                Graph ({answer.graph.nodes.length})
              </button>
            </div>
            <button
              type="button"
              onClick={() => {
                void navigator.clipboard
                  .writeText(rowsAsCsv(answer))
                  .then(() => setNote(`Copied ${answer.rows.length} rows as CSV.`))
                  .catch(() => setNote('The clipboard is not available here.'));
              }}
            >
              Copy as CSV
            </button>
            <button
              type="button"
              disabled={!answer.graph.nodes.length}
              onClick={() => sendToCanvas(ctx, answer)}
            >
              Send to canvas
            </button>
            {note && <span className="muted small">{note}</span>}
          </div>
          {tab === 'table' && (
            <div
              className="query-table-wrap"
              tabIndex={0}
              role="region"
              aria-label="Query results, scrollable"
            >
              <table aria-label="Query results">
                <thead>
                  <tr>
                    {answer.columns.map((c) => (
                      <th key={c} scope="col">
                        {c}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {answer.rows.map((row, i) => (
                    <tr key={i}>
                      {answer.columns.map((c) => (
                        <td key={c}>{cellText(row[c] ?? null)}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {tab === 'graph' &&
            (answer.graph.nodes.length ? (
              <ResultGraph answer={answer} />
            ) : (
              <p className="muted">
                These rows hold no entities of the graph. Return nodes, relationships or paths (e.g.{' '}
                <code>RETURN p</code> instead of <code>RETURN p.name</code>) to draw them.
              </p>
            ))}
        </div>
      )}
    </section>
  );
}
