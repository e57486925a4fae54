// Writing groups of articles one after another, each group's reads and planning done while the group
// before it is still being written and committed. Neo4j and this process then work at the same time:
// the server runs one group's writes while the next group is planned here, where writing groups strictly
// one after another leaves each side idle while the other works.
//
// A group is planned before the one before it is committed, so its reads cannot see that group's writes
// (another transaction, not yet committed). They are laid over its view instead, exactly as the writes
// of the earlier articles of a group are (write-group.ts), from the plans of the group before it. That
// holds only if the graph is, once the group before it is committed, exactly what it read plus those
// plans. So a group sends its writes only once the group before it is settled:
// - committed in its own transaction as planned (not retried article by article, not planned again);
// - and said exact by the caller (`settle(true)`): nothing else wrote the graph after its commit, such as
//   corrections re-applied to its articles.
// Otherwise the group's transaction is rolled back, before it wrote anything, and the group is written
// again on its own once the group before it is done: read again, planned again, as writeArticles writes
// a group. The graph comes out the same as writing the groups one after another, whatever happens.
//
// Until its gate opens, a group only reads: it holds no lock the group before it could wait for.
import type { Transaction } from 'neo4j-driver';
import type { Extraction } from '../../common/extraction';
import type { RendezvousError } from '../../common/errors';
import type { ArticlePlan } from '../merge/plan';
import type { GraphDb } from './connection';
import { isUnavailable, storeError } from './session';
import type { OutletEntry } from './write-group';
import {
  planAndWrite,
  readGroup,
  type GroupRead,
  writeArticles,
  type ArticleWriteResult,
  type PlannedArticle,
} from './write-article';

/** What writing a group gives: each article's result, or the error it alone failed with. */
export type GroupResults = (ArticleWriteResult | { error: RendezvousError })[];

/** What a group planned, for the group after it: its articles' plans and what it knows of outlets. */
interface Planned {
  articles: PlannedArticle[];
  outlets: Map<string, OutletEntry[]>;
}

/** A group started with `startGroup`. */
export interface PendingGroup {
  /** Each article's result once the group is committed (or, if it had to be, written again). */
  readonly results: Promise<GroupResults>;
  /**
   * Says whether the graph is, after this group's commit, exactly what the group wrote: false when
   * anything else changed it since (corrections re-applied to its articles). The next group writes only
   * once this is said. Say it after `results`, once.
   */
  settle(exact: boolean): void;
  /** Gives the group up: it writes nothing (if it has not been committed yet) and its results reject. */
  cancel(): void;
  /** @internal The group's plans once planned; null when they cannot be laid over the next group's view. */
  readonly planned: Promise<Planned | null>;
  /** @internal Once the group is done and settled: true when committed as planned and settled exact. */
  readonly exact: Promise<boolean>;
}

/** The group could not be written as planned here; it is written again on its own. */
class WriteAgain extends Error {}

/** The group was given up before it was committed. */
class GroupCancelled extends Error {
  constructor() {
    super('the group was given up before it was written');
  }
}

/** A deferred value: a promise and the function that resolves it. */
function deferred<T>(): { promise: Promise<T>; resolve(value: T): void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** One group being written (startGroup). */
class GroupWrite implements PendingGroup {
  readonly results: Promise<GroupResults>;
  readonly exact: Promise<boolean>;
  private readonly said = deferred<boolean>();
  private readonly plannedNow = deferred<Planned | null>();
  readonly planned = this.plannedNow.promise;
  private readonly givenUp = deferred<'cancelled'>();
  private cancelled = false;
  private asPlanned = false;

  constructor(
    private readonly db: GraphDb,
    private readonly extractions: Extraction[],
    private previous: PendingGroup | null,
    private readonly options: { onPlan?(plan: ArticlePlan): void },
  ) {
    // Once written, the group lets go of the one before it: otherwise each group would hold every group
    // before it, and an ingest's memory would grow with its corpus.
    this.results = this.run().finally(() => {
      this.previous = null;
    });
    this.results.catch(() => undefined);
    // Waits for the caller's word even when the group was written again, so that the next group reads
    // only after what the caller does after the commit.
    this.exact = this.results.then(
      async () => (await this.said.promise) && this.asPlanned,
      () => false,
    );
  }

  settle(exact: boolean): void {
    this.said.resolve(exact);
  }

  cancel(): void {
    this.cancelled = true;
    this.givenUp.resolve('cancelled');
    this.said.resolve(false);
  }

  /** Resolves with what the previous group settled to, or throws GroupCancelled once this one is given up. */
  private async afterPrevious(): Promise<boolean> {
    const outcome = await Promise.race([
      this.previous ? this.previous.exact : Promise.resolve(true),
      this.givenUp.promise,
    ]);
    if (outcome === 'cancelled') throw new GroupCancelled();
    return outcome;
  }

  /**
   * The group's view: its reads with the previous group's plans laid over them, and a gate that opens
   * once the previous group is settled exact (else throws WriteAgain). When the previous group cannot be
   * laid over (it is being written again, or a correction came), the reads are made again once it is
   * done, and the gate is open.
   */
  private async viewOf(tx: Transaction): Promise<{ group: GroupRead; gate: Promise<void> }> {
    if (this.previous) {
      const before = await this.previous.planned;
      const group = before ? await readGroup(tx, this.extractions, false, before.outlets) : null;
      if (group && before) {
        for (const p of before.articles) group.view.apply(p.plan, p.candidates);
        const gate = this.afterPrevious().then((exact) => {
          if (!exact) throw new WriteAgain();
        });
        gate.catch(() => undefined);
        return { group, gate };
      }
      await this.afterPrevious();
    }
    return { group: (await readGroup(tx, this.extractions))!, gate: Promise.resolve() };
  }

  private async inTransaction(
    tx: Transaction,
  ): Promise<{ results: ArticleWriteResult[]; plans: ArticlePlan[] }> {
    const { group, gate } = await this.viewOf(tx);
    const out = await planAndWrite(tx, this.extractions, group, gate, (articles) =>
      this.plannedNow.resolve({ articles, outlets: group.view.outletsKnown() }),
    );
    await gate;
    return out;
  }

  private async run(): Promise<GroupResults> {
    const { db, extractions } = this;
    const session = db.driver.session({ database: db.database, defaultAccessMode: 'WRITE' });
    let tx: Transaction | null = null;
    try {
      tx = session.beginTransaction();
      const { results, plans } = await this.inTransaction(tx);
      if (this.cancelled) throw new GroupCancelled();
      await tx.commit();
      tx = null;
      this.asPlanned = true;
      for (const plan of plans) this.options.onPlan?.(plan);
      return results;
    } catch (err) {
      this.plannedNow.resolve(null);
      if (tx) await tx.rollback().catch(() => undefined);
      if (err instanceof GroupCancelled) throw err;
      if (isUnavailable(err)) throw storeError(err, `writing ${extractions[0]!.source.file}`);
    } finally {
      await session.close();
    }
    // Written again on its own, once the group before it is done (a group that failed is then retried
    // article by article, so a bad article fails alone).
    if (this.previous) await this.afterPrevious();
    if (this.cancelled) throw new GroupCancelled();
    return writeArticles(db, extractions, this.options);
  }
}

/**
 * Starts writing a group of articles after `previous` (the group started just before it, or null): it
 * reads and plans as soon as `previous` is planned, and writes once `previous` is settled. Start a group
 * only once the group before `previous` is settled, so at most two are in flight. `onPlan` sees the rows
 * of each article written.
 */
export function startGroup(
  db: GraphDb,
  extractions: Extraction[],
  previous: PendingGroup | null,
  options: { onPlan?(plan: ArticlePlan): void } = {},
): PendingGroup {
  return new GroupWrite(db, extractions, previous, options);
}

/**
 * Writes groups of articles in order, each planned while the one before it is written (startGroup), and
 * returns every article's result in input order. `afterCommit` runs after each group's commit, before
 * the next group writes, and says whether it changed the graph (then the next group is planned again).
 */
export async function writeGroups(
  db: GraphDb,
  groups: Extraction[][],
  options: {
    onPlan?(plan: ArticlePlan): void;
    afterCommit?(results: GroupResults, index: number): Promise<boolean>;
  } = {},
): Promise<GroupResults[]> {
  const out: GroupResults[] = [];
  let pending: PendingGroup | null = null;
  const finish = async (group: PendingGroup, index: number) => {
    const results = await group.results;
    const changed = (await options.afterCommit?.(results, index)) ?? false;
    group.settle(!changed);
    out.push(results);
  };
  for (let i = 0; i < groups.length; i++) {
    const next = startGroup(db, groups[i]!, pending, options);
    if (pending) {
      try {
        await finish(pending, i - 1);
      } catch (err) {
        next.cancel();
        await next.results.catch(() => undefined);
        throw err;
      }
    }
    pending = next;
  }
  if (pending) await finish(pending, groups.length - 1);
  return out;
}
