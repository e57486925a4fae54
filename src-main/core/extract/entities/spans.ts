// Candidate spans: the runs of capitalised words (with name particles between them) in one sentence.
import { NAME_PARTICLES } from '../../lexicon/words';
import type { Token } from '../tokens';
import { isCapitalised } from '../tokens';
import { particlesLeadToName } from './names';

/** A run of tokens [from, to) that may hold names. */
export interface Run {
  from: number;
  to: number;
}

/** Whether the token at `j` continues the run that started at `i`. */
function continuesRun(toks: Token[], i: number, j: number): boolean {
  const t = (toks[j] as Token).text;
  if (isCapitalised(t) || (j > i && /^(?:al|el|ad|as|ash|bin|ibn|abu)-\p{Lu}/u.test(t))) return true;
  return j > i && NAME_PARTICLES.has(t) && particlesLeadToName(toks, j);
}

/** The capitalised runs of a sentence's tokens: "Ursula von der Leyen", "Treasury Secretary Scott Bessent". */
export function capitalisedRuns(toks: Token[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < toks.length) {
    if (!isCapitalised((toks[i] as Token).text)) {
      i++;
      continue;
    }
    let j = i;
    while (j < toks.length && continuesRun(toks, i, j)) j++;
    runs.push({ from: i, to: j });
    i = j;
  }
  return runs;
}
