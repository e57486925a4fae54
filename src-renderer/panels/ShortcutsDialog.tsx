// The help overlay: every keyboard shortcut and mouse gesture, opened with `?`.
import { useEffect, useRef } from 'react';
import { useActions } from '../app/context';
import { GESTURES, SHORTCUTS } from '../app/shortcuts';

/** The "Keyboard shortcuts" dialog. */
export function ShortcutsDialog() {
  const ctx = useActions();
  const closeButton = useRef<HTMLButtonElement>(null);
  const close = () => ctx.store.apply((s) => ({ ...s, help: false }));
  useEffect(() => closeButton.current?.focus(), []);
  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && close()}>
      <div className="dialog help-dialog" role="dialog" aria-modal="true" aria-labelledby="help-title">
        <header className="dialog-head">
          <h2 id="help-title">Keyboard shortcuts</h2>
          <button ref={closeButton} type="button" className="close" aria-label="Close" onClick={close}>
            ×
          </button>
        </header>
        <div className="help-columns">
          <table aria-label="Keys">
            <tbody>
              {SHORTCUTS.map(([key, what]) => (
                <tr key={key}>
                  <th scope="row">
                    <kbd>{key}</kbd>
                  </th>
                  <td>{what}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table aria-label="Mouse and keyboard on the graph">
            <tbody>
              {GESTURES.map(([gesture, what]) => (
                <tr key={gesture}>
                  <th scope="row">{gesture}</th>
                  <td>{what}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="muted small">Keys do nothing while you type in a field. Esc closes this help.</p>
      </div>
    </div>
  );
}
