// The Cypher editor of the query console: CodeMirror 6 with @neo4j-cypher/codemirror (highlighting and
// completion from the library, with the graph's labels and types), named "Cypher" for assistive tools.
import { useEffect, useRef } from 'react';
import { createCypherEditor, type EditorApi } from '@neo4j-cypher/codemirror';
import { EditorView, keymap } from '@codemirror/view';
import '../../node_modules/@neo4j-cypher/codemirror/css/cypher-codemirror.css';

/** Labels, relationship types and property keys offered by completion. */
const CYPHER_SCHEMA = {
  labels: [':Person', ':Organization', ':Group', ':Place', ':Meeting', ':Topic', ':Article'],
  relationshipTypes: [
    ':PARTICIPANT',
    ':AT',
    ':ABOUT',
    ':AFFILIATED_WITH',
    ':ANNOUNCED_BY',
    ':REPORTED_BY',
    ':REPORTED_IN',
    ':MENTIONS',
    ':IN',
  ],
  propertyKeys: [
    'id',
    'name',
    'aliases',
    'date',
    'datePrecision',
    'status',
    'place',
    'city',
    'country',
    'topic',
    'title',
    'outlet',
    'published',
    'url',
  ],
};

/** The editor; `value` is read once, later changes come from the user, or from `setValue` via `apiRef`. */
export function CypherEditor({
  value,
  onChange,
  onRun,
  apiRef,
}: {
  value: string;
  onChange(value: string): void;
  onRun(): void;
  apiRef?: { current: EditorApi | null };
}) {
  const host = useRef<HTMLDivElement>(null);
  const handlers = useRef({ onChange, onRun });
  handlers.current = { onChange, onRun };
  useEffect(() => {
    if (!host.current) return;
    // The library returns `{ editor }` (as its README says), although its typings name the editor itself.
    const created = createCypherEditor(host.current, {
      value,
      autocomplete: true,
      lint: true,
      lineNumbers: false,
      lineWrapping: true,
      theme: 'light',
      placeholder: 'MATCH (p:Person)-[:PARTICIPANT]-(m:Meeting) RETURN p, m LIMIT 25',
      schema: CYPHER_SCHEMA,
      tooltipAbsolute: true,
      postExtensions: [
        EditorView.contentAttributes.of({ 'aria-label': 'Cypher', 'aria-multiline': 'true' }),
        keymap.of([
          {
            key: 'Mod-Enter',
            run: () => {
              handlers.current.onRun();
              return true;
            },
          },
        ]),
      ],
    });
    const editor = (created as unknown as { editor: EditorApi }).editor;
    const stop = editor.onValueChanged((v: string) => handlers.current.onChange(v));
    if (apiRef) apiRef.current = editor;
    return () => {
      stop();
      if (apiRef) apiRef.current = null;
      editor.destroy();
    };
    // The editor is built once; its value then lives in CodeMirror.
  }, []);
  return <div ref={host} className="cypher-editor" />;
}
