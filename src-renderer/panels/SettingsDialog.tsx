// Settings: the built-in Neo4j (status, data folder) or your own (URI, user, password, database).
import { useEffect, useState } from 'react';
import type { ConnectionTest } from '../../src-main/common/db';
import { useActions } from '../app/context';
import { useAppState } from '../state/store';
import { saveSettings, testConnection } from '../state/actions/settings';
import { CurationAuthorField } from './CurationAuthor';

/** The settings dialog. */
export function SettingsDialog() {
  const ctx = useActions();
  const settings = useAppState(ctx.store, (s) => s.settings);
  const db = useAppState(ctx.store, (s) => s.db);
  const [mode, setMode] = useState<'builtin' | 'external'>('builtin');
  const [uri, setUri] = useState('neo4j://localhost:7687');
  const [username, setUsername] = useState('neo4j');
  const [password, setPassword] = useState('');
  const [database, setDatabase] = useState('');
  const [test, setTest] = useState<ConnectionTest | null>(null);
  const [busy, setBusy] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const close = () => ctx.store.apply((s) => ({ ...s, panel: 'none' }));

  useEffect(() => {
    if (!settings) return;
    setMode(settings.mode);
    if (settings.external) {
      setUri(settings.external.uri);
      setUsername(settings.external.username);
      setDatabase(settings.external.database ?? '');
    }
  }, [settings]);

  const external = () => ({ uri, username, password, ...(database ? { database } : {}) });

  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && close()}>
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="settings-title">
        <header className="dialog-head">
          <h2 id="settings-title">Database settings</h2>
          <button type="button" className="close" aria-label="Close" onClick={close}>
            ×
          </button>
        </header>
        {settings?.fromEnvironment && (
          <p className="banner">
            NEO4J_URI is set in the environment: it takes precedence over what is saved here.
          </p>
        )}
        <fieldset>
          <legend>Neo4j</legend>
          <label className="radio">
            <input
              type="radio"
              name="mode"
              checked={mode === 'builtin'}
              onChange={() => setMode('builtin')}
            />
            Built-in Neo4j (started by Rendezvous)
          </label>
          {mode === 'builtin' && (
            <dl className="facts indent">
              <dt>Status</dt>
              <dd>
                {db?.state ?? 'unknown'}
                {db?.version ? ` · Neo4j ${db.version}${db.edition ? ` ${db.edition}` : ''}` : ''}
                {db?.error ? ` · ${db.error.message}` : ''}
              </dd>
              <dt>Data folder</dt>
              <dd className="mono">{settings?.dataDir ?? db?.dataDir ?? '—'}</dd>
              <dt>Home</dt>
              <dd className="mono">{settings?.home ?? db?.home ?? '—'}</dd>
            </dl>
          )}
          <label className="radio">
            <input
              type="radio"
              name="mode"
              checked={mode === 'external'}
              onChange={() => setMode('external')}
            />
            My own Neo4j (Desktop, Docker, Aura, cluster)
          </label>
          {mode === 'external' && (
            <div className="form-grid indent">
              <label>
                URI
                <input
                  value={uri}
                  onChange={(e) => setUri(e.target.value)}
                  placeholder="neo4j+s://xxxx.databases.neo4j.io"
                />
              </label>
              <label>
                User
                <input
                  value={username}
                  onChange={(e) => setUsername(e.target.value)}
                  autoComplete="username"
                />
              </label>
              <label>
                Password
                <input
                  type="password"
                  value={password}
                  onChange={(e) => setPassword(e.target.value)}
                  autoComplete="current-password"
                  placeholder={settings?.external?.hasPassword ? '(saved)' : ''}
                />
              </label>
              <label>
                Database
                <input
                  value={database}
                  onChange={(e) => setDatabase(e.target.value)}
                  placeholder="neo4j (default)"
                />
              </label>
              <div className="row">
                <button
                  type="button"
                  disabled={busy}
                  onClick={async () => {
                    setBusy(true);
                    setTest(await testConnection(ctx, external()));
                    setBusy(false);
                  }}
                >
                  Test connection
                </button>
                {test && (
                  <span className={test.ok ? 'ok-text' : 'error-text'} role="status">
                    {test.ok ? `Connected: Neo4j ${test.version ?? ''} ${test.edition ?? ''}` : test.message}
                  </span>
                )}
              </div>
            </div>
          )}
        </fieldset>
        <CurationAuthorField />
        {saveError && <p className="error-text">{saveError}</p>}
        <footer className="dialog-foot">
          <button type="button" onClick={close}>
            Cancel
          </button>
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              const err = await saveSettings(
                ctx,
                mode === 'external' ? { mode, external: external() } : { mode },
              );
              setBusy(false);
              setSaveError(err);
              if (!err) close();
            }}
          >
            Save and reconnect
          </button>
        </footer>
      </div>
    </div>
  );
}
