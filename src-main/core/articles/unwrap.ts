// Hard-wrapped plain text (lines cut at a fixed width, as in old wire copy and e-mail) joined back into paragraphs.

const ENDS_SENTENCE = /[.!?:"”’)]$/;

/** Whether body lines look cut at a fixed width: most long lines are of similar length and end mid-sentence. */
function isHardWrapped(lines: string[]): boolean {
  const long = lines.filter((l) => l.length >= 30);
  if (long.length < 6) return false;
  const max = Math.max(...long.map((l) => l.length));
  if (max > 100) return false;
  const open = long.filter((l) => !ENDS_SENTENCE.test(l)).length;
  return open / long.length >= 0.4;
}

/** Joins each line that ends mid-sentence with the next non-empty one; lines already whole stay as they are. */
export function unwrapLines(lines: string[]): string[] {
  if (!isHardWrapped(lines)) return lines;
  const out: string[] = [];
  let open = false;
  for (const line of lines) {
    if (!line) {
      open = false;
      out.push(line);
      continue;
    }
    if (open && out.length) out[out.length - 1] = `${out[out.length - 1]} ${line}`;
    else out.push(line);
    open = !ENDS_SENTENCE.test(line);
  }
  return out;
}
