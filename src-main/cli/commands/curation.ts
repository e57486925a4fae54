// The analyst's corrections from the command line: `people merge|rename|split|set|not-a-person`,
// `meetings confirm|reject|edit|merge|split`,
// `history`, `undo`, `redo` and `revert`. Every input goes through the API table's schemas, like the UI's.
import type { Command } from 'commander';
import type { Correction, CorrectionResult } from '../../common/curation';
import { RendezvousError } from '../../common/errors';
import type { AppHandlers } from '../../core/app/root';
import { call, withApp } from '../app';
import type { CommandRegistrar } from '../main';
import { commaList as list } from '../options';
import { MEETING_STATUSES } from '../../common/vocab';

/** A person's id from an id, a name or an alias; an unknown or ambiguous name lists the candidates. */
export async function resolvePerson(app: AppHandlers, text: string): Promise<string> {
  const found = await app.local.findPeople(text);
  if (found.length === 1) return found[0]!.id;
  if (found.length > 1)
    throw new RendezvousError(
      'BAD_INPUT',
      `"${text}" names ${found.length} people; give one of their ids:\n${found
        .map((p) => `  ${p.id}  ${p.name}${p.aliases.length ? ` (also ${p.aliases.join(', ')})` : ''}`)
        .join('\n')}`,
      { candidates: found },
    );
  const near = (await call(app, 'search', { text, limit: 10 })).filter((h) => h.kind === 'person');
  if (near.length === 1) return near[0]!.id;
  if (near.length > 1)
    throw new RendezvousError(
      'BAD_INPUT',
      `"${text}" may name ${near.length} people; give one of their names or ids:\n${near
        .map((h) => `  ${h.id}  ${h.label}`)
        .join('\n')}`,
      { candidates: near },
    );
  throw new RendezvousError('NOT_FOUND', `No person is called "${text}".`);
}

const line = (c: Correction) =>
  `${c.at.slice(0, 19).replace('T', ' ')}  ${c.kind.padEnd(15)}  ${c.active ? '' : '(reverted) '}${c.summary}${
    c.reason ? ` — ${c.reason}` : ''
  }  [${c.author}, ${c.id}]`;

function report(result: CorrectionResult | null, none = 'Nothing to do.'): void {
  if (!result) {
    process.stdout.write(`${none}\n`);
    return;
  }
  process.stdout.write(
    `${result.correction.summary}${result.correction.reason ? ` — ${result.correction.reason}` : ''}\n`,
  );
  process.stdout.write(`Recorded as ${result.correction.id}.\n`);
}

/** An article id from an id or a bare sha256. */
const articleId = (v: string) => (/^[0-9a-f]{64}$/i.test(v) ? `article:${v.toLowerCase()}` : v);

/** Registers `people`, the correction subcommands of `meetings`, `history`, `undo`, `redo` and `revert`. */
export const registerCuration: CommandRegistrar = (program: Command) => {
  const people = program
    .command('people')
    .description('Correct people: merge, rename, split, set a role or affiliation, or not a person.');
  people
    .command('merge <a> <b>')
    .description('A and B are one person: the kept one (A unless --keep) stays, the other becomes an alias.')
    .option('--keep <name>', 'the one to keep (A or B)')
    .option('--reason <text>', 'why (kept in the history)')
    .action(async (a: string, b: string, opts: { keep?: string; reason?: string }) => {
      const result = await withApp(async (app) => {
        const [ia, ib] = [await resolvePerson(app, a), await resolvePerson(app, b)];
        let keep = ia;
        let drop = ib;
        if (opts.keep) {
          const k = await resolvePerson(app, opts.keep);
          if (k !== ia && k !== ib) throw new RendezvousError('BAD_INPUT', `--keep must name A or B.`);
          [keep, drop] = k === ia ? [ia, ib] : [ib, ia];
        }
        return call(app, 'mergePeople', { keep, drop, reason: opts.reason });
      });
      report(result);
    });
  people
    .command('rename <person> <name>')
    .description('Renames a person; the old name stays an alias.')
    .option('--reason <text>', 'why (kept in the history)')
    .action(async (who: string, name: string, opts: { reason?: string }) => {
      report(
        await withApp(async (app) =>
          call(app, 'renamePerson', { id: await resolvePerson(app, who), name, reason: opts.reason }),
        ),
      );
    });
  people
    .command('split <person>')
    .description(
      'Moves the chosen mentions (--mentions ARTICLE,…) to a new person; without --mentions, undoes the merges into the person.',
    )
    .option(
      '--mentions <articles>',
      'the articles (ids or sha256) whose mentions move; repeat or comma-separate',
      list,
    )
    .option('--name <name>', "the new person's name (default: the same name)")
    .option('--reason <text>', 'why (kept in the history)')
    .action(async (who: string, opts: { mentions?: string[]; name?: string; reason?: string }) => {
      const results = await withApp(async (app) => {
        const id = await resolvePerson(app, who);
        if (opts.mentions)
          return [
            await call(app, 'splitPerson', {
              id,
              mentions: opts.mentions.map(articleId),
              name: opts.name,
              reason: opts.reason,
            }),
          ];
        const state = await call(app, 'curationState', { id });
        const merges = state.corrections.filter(
          (c) => c.kind === 'person.merge' && c.active && c.targetIds[0] === id,
        );
        if (!merges.length)
          throw new RendezvousError('BAD_INPUT', `Nobody was merged into ${id}; nothing to split.`);
        const out: CorrectionResult[] = [];
        for (const m of merges)
          out.push(await call(app, 'revertCorrection', { id: m.id, reason: opts.reason }));
        return out;
      });
      for (const r of results) report(r);
    });

  people
    .command('not-a-person <person>')
    .description(
      'Takes an entity that is not a person out of the graph; its mentions stay as text. Revertible.',
    )
    .option('--reason <text>', 'why (kept in the history)')
    .action(async (who: string, opts: { reason?: string }) => {
      report(
        await withApp(async (app) =>
          call(app, 'removePerson', { id: await resolvePerson(app, who), reason: opts.reason }),
        ),
      );
    });
  people
    .command('set <person>')
    .description('Sets a person\'s role or affiliation ("" clears it).')
    .option('--role <role>', 'the role')
    .option('--affiliation <affiliation>', 'the affiliation')
    .option('--reason <text>', 'why (kept in the history)')
    .action(async (who: string, opts: { role?: string; affiliation?: string; reason?: string }) => {
      const clear = (v: string | undefined) => (v === undefined ? undefined : v.trim() || null);
      report(
        await withApp(async (app) =>
          call(app, 'setPersonAttributes', {
            id: await resolvePerson(app, who),
            role: clear(opts.role),
            affiliation: clear(opts.affiliation),
            reason: opts.reason,
          }),
        ),
      );
    });

  const meetings = program.commands.find((c) => c.name() === 'meetings');
  if (!meetings) throw new Error('The meetings command must be registered before its corrections.');
  for (const verb of ['confirm', 'reject'] as const)
    meetings
      .command(`${verb} <id>`)
      .description(
        verb === 'confirm'
          ? 'Marks a meeting as confirmed.'
          : 'Rejects a meeting; no view shows it any more.',
      )
      .option('--reason <text>', 'why (kept in the history)')
      .action(async (id: string, opts: { reason?: string }) => {
        report(
          await withApp((app) =>
            call(app, verb === 'confirm' ? 'confirmMeeting' : 'rejectMeeting', { id, reason: opts.reason }),
          ),
        );
      });
  meetings
    .command('edit <id>')
    .description("Corrects a meeting's date, precision, place, status, topic or participants.")
    .option('--date <date>', 'the date (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--precision <precision>', 'day, week, month, year or unknown')
    .option('--place <place>', 'the place ("" clears it)')
    .option('--status <status>', `one of ${MEETING_STATUSES.join(', ')}`)
    .option('--topic <topic>', 'the topic ("" clears it)')
    .option(
      '--add-participant <person>',
      'a person (name or id) who took part; repeat or comma-separate',
      list,
    )
    .option(
      '--remove-participant <person>',
      'a person (name or id) who did not; repeat or comma-separate',
      list,
    )
    .option('--reason <text>', 'why (kept in the history)')
    .action(
      async (
        id: string,
        opts: {
          date?: string;
          precision?: string;
          place?: string;
          status?: string;
          topic?: string;
          addParticipant?: string[];
          removeParticipant?: string[];
          reason?: string;
        },
      ) => {
        report(
          await withApp(async (app) => {
            const ids = async (names: string[] | undefined) =>
              names ? Promise.all(names.map((n) => resolvePerson(app, n))) : undefined;
            return call(app, 'editMeeting', {
              id,
              date: opts.date,
              datePrecision: opts.precision,
              place: opts.place === '' ? null : opts.place,
              status: opts.status,
              topic: opts.topic === '' ? null : opts.topic,
              addParticipants: await ids(opts.addParticipant),
              removeParticipants: await ids(opts.removeParticipant),
              reason: opts.reason,
            });
          }),
        );
      },
    );

  meetings
    .command('merge <keep> <drop>')
    .description('Two meetings are one: the first keeps its id and gains the reports of the second.')
    .option('--reason <text>', 'why (kept in the history)')
    .action(async (keep: string, drop: string, opts: { reason?: string }) => {
      report(await withApp((app) => call(app, 'mergeMeetings', { keep, drop, reason: opts.reason })));
    });
  meetings
    .command('split <id>')
    .description('Splits a meeting: the reports of the chosen articles go to a new meeting.')
    .requiredOption(
      '--reports <articles>',
      'the articles (ids or sha256) whose reports move; repeat or comma-separate',
      list,
    )
    .option('--reason <text>', 'why (kept in the history)')
    .action(async (id: string, opts: { reports: string[]; reason?: string }) => {
      report(
        await withApp((app) =>
          call(app, 'splitMeeting', { id, reports: opts.reports.map(articleId), reason: opts.reason }),
        ),
      );
    });

  program
    .command('history')
    .description('Every correction, newest first, with its reason, author and date.')
    .option('--json', 'print the corrections as JSON')
    .option('--limit <n>', 'at most this many (default 500)', (v) => Number.parseInt(v, 10))
    .action(async (opts: { json?: boolean; limit?: number }) => {
      const { corrections, total } = await withApp((app) =>
        call(app, 'history', { limit: opts.limit ?? 500 }),
      );
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(corrections, null, 2)}\n`);
        if (total > corrections.length)
          process.stderr.write(
            `rendezvous: ${corrections.length} of ${total} corrections shown (--limit).\n`,
          );
        return;
      }
      if (!corrections.length) process.stdout.write('No corrections yet.\n');
      for (const c of corrections) process.stdout.write(`${line(c)}\n`);
      if (total > corrections.length)
        process.stdout.write(`${corrections.length} of ${total} corrections shown; use --limit for more.\n`);
    });
  program
    .command('undo')
    .description('Reverts the latest correction still in effect.')
    .action(async () =>
      report(await withApp((app) => call(app, 'undoCorrection', {})), 'No correction to undo.'),
    );
  program
    .command('redo')
    .description('Applies again the correction the latest undo reverted.')
    .action(async () => report(await withApp((app) => call(app, 'redoCorrection', {})), 'Nothing to redo.'));
  program
    .command('revert <correction>')
    .description('Reverts one correction from the history, by its id.')
    .option('--reason <text>', 'why (kept in the history)')
    .action(async (id: string, opts: { reason?: string }) => {
      report(await withApp((app) => call(app, 'revertCorrection', { id, reason: opts.reason })));
    });
};
