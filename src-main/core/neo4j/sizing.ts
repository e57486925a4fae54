// How much memory the built-in Neo4j gets: its heap and page cache sized from the memory the machine has
// available, unless RENDEZVOUS_NEO4J_HEAP or RENDEZVOUS_NEO4J_PAGECACHE say otherwise.
import { freemem, totalmem } from 'node:os';

const MIB = 1024 * 1024;

/** The heap is never sized below this, nor above HEAP_MAX, from the machine's memory. */
const HEAP_MIN_MIB = 512;
const HEAP_MAX_MIB = 8 * 1024;
const PAGECACHE_MIN_MIB = 128;
const PAGECACHE_MAX_MIB = 16 * 1024;

/** The heap and page cache, as the JVM and Neo4j read them (e.g. "1536m"), and where each came from. */
export interface Neo4jMemory {
  heap: string;
  pageCache: string;
  source: { heap: 'env' | 'machine'; pageCache: 'env' | 'machine' };
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/**
 * Sizes Neo4j from the memory available when it starts (the larger of free memory and a quarter of the
 * total, since free memory undercounts the cache the kernel gives back): a sixth of it for the heap and a
 * sixth for the page cache, each within its bounds, so the app, the OS and other programs keep the rest.
 */
export function neo4jMemory(
  env: NodeJS.ProcessEnv = process.env,
  machine: { total: number; free: number } = { total: totalmem(), free: freemem() },
): Neo4jMemory {
  const available = Math.max(machine.free, machine.total / 4) / MIB;
  const share = Math.floor(available / 6 / 64) * 64;
  const heapEnv = env.RENDEZVOUS_NEO4J_HEAP?.trim();
  const cacheEnv = env.RENDEZVOUS_NEO4J_PAGECACHE?.trim();
  return {
    heap: heapEnv || `${clamp(share, HEAP_MIN_MIB, HEAP_MAX_MIB)}m`,
    pageCache: cacheEnv || `${clamp(share, PAGECACHE_MIN_MIB, PAGECACHE_MAX_MIB)}m`,
    source: { heap: heapEnv ? 'env' : 'machine', pageCache: cacheEnv ? 'env' : 'machine' },
  };
}
