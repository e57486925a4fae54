// Reading why the built-in Neo4j stopped from its own logs: debug.log first, then the launcher's output.
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { homePaths } from '../../../src-main/core/config/home';
import { failureCause, logMarks } from '../../../src-main/core/neo4j/diagnose';

const homes: string[] = [];
afterAll(() => homes.forEach((h) => rmSync(h, { recursive: true, force: true })));

function home(debugLines: string[], launcherLines: string[] = []): string {
  const h = mkdtempSync(join(tmpdir(), 'rendezvous-diagnose-'));
  homes.push(h);
  const paths = homePaths(h);
  mkdirSync(join(paths.neo4jHome, 'logs'), { recursive: true });
  mkdirSync(paths.logs, { recursive: true });
  writeFileSync(join(paths.neo4jHome, 'logs', 'debug.log'), debugLines.map((l) => `${l}\n`).join(''));
  writeFileSync(paths.neo4jLog, launcherLines.map((l) => `${l}\n`).join(''));
  return h;
}

const INFO = '2026-12-03 07:00:00.000+0000 INFO  [o.n.k.d.Database] [neo4j/1] Starting';

describe('the cause of a failure, from the logs', () => {
  it('names recovery that is not possible, with the line from debug.log', () => {
    const h = home([
      INFO,
      '2026-12-03 07:00:01.000+0000 ERROR [o.n.k.d.Database] [neo4j/1] Failed to start database: Recovery is not possible, the transaction log is missing entries',
    ]);
    const cause = failureCause(h);
    expect(cause?.kind).toBe('recovery-impossible');
    expect(cause?.line).toMatch(/Recovery is not possible/);
    expect(cause?.log).toBe(join(homePaths(h).neo4jHome, 'logs', 'debug.log'));
  });

  it('names a full disk before anything else in the same log', () => {
    const h = home([
      '2026-12-03 07:00:01.000+0000 ERROR [o.n.k.d.Database] Failed to start database',
      '2026-12-03 07:00:01.000+0000 ERROR [o.n.i.f.FileSystem] java.io.IOException: No space left on device',
    ]);
    expect(failureCause(h)?.kind).toBe('disk-full');
  });

  it('names running out of memory from the JVM line in the launcher output', () => {
    const h = home([INFO], ['Terminating due to java.lang.OutOfMemoryError: Java heap space']);
    const cause = failureCause(h);
    expect(cause?.kind).toBe('out-of-memory');
    expect(cause?.summary).toMatch(/RENDEZVOUS_NEO4J_HEAP/);
  });

  it('reads only what was written after the marks, so an old failure is not blamed for a new one', () => {
    const h = home([
      '2026-12-03 06:00:00.000+0000 ERROR [o.n.k.d.Database] java.io.IOException: No space left on device',
    ]);
    const marks = logMarks(h);
    appendFileSync(join(homePaths(h).neo4jHome, 'logs', 'debug.log'), `${INFO}\n`);
    expect(failureCause(h, marks)).toBeNull();
    expect(failureCause(h, {}, new Date('2026-12-03T06:30:00Z'))).toBeNull();
    expect(failureCause(h)?.kind).toBe('disk-full');
  });

  it('finds nothing in an INFO-only log or where there are no logs at all', () => {
    expect(failureCause(home([INFO, `${INFO} recovery completed`]))).toBeNull();
    expect(failureCause(join(tmpdir(), 'rendezvous-no-such-home'))).toBeNull();
  });
});

describe('what is not a cause', () => {
  it('ignores the JVM flag ExitOnOutOfMemoryError listed among the VM arguments of an INFO entry', () => {
    const h = home([
      '2026-12-03 07:00:00.000+0000 INFO  [o.n.k.i.DiagnosticsManager] System diagnostics',
      'VM Arguments: [-Xmx384m, -XX:+UseG1GC, -XX:+ExitOnOutOfMemoryError, -Dfile.encoding=UTF-8]',
      INFO,
    ]);
    expect(failureCause(h)).toBeNull();
  });
});
