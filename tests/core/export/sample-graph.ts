// A small meetings-view graph with hostile labels, and helpers to read exports with third-party tools.
import { spawnSync } from 'node:child_process';
import type { GraphData, MeetingRecord } from '../../../src-main/common/graph';

/** Labels that must survive every format: markup, quotes, formulas, Cypher injection, any Unicode. */
export const HOSTILE = {
  script: '<script>alert("pwned")</script>',
  markup: `Tom & Jerry's "Café" <b>bold</b>`,
  formula: '=HYPERLINK("http://evil.example","x")',
  plus: '+1 (555) 0100',
  minus: '-2+3',
  at: '@SUM(A1:A9)',
  cypher: "x'}) DETACH DELETE n //",
  astral: 'Ṳnicode 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀 𠜎',
  rtl: 'محمد بن سلمان · שלום',
  combining: 'Zoe\u0308 Nguye\u0302\u0303n',
  control: 'bell\u0007 and\u0001null\u0000 here',
  newline: 'two\nlines\r\nand\ttab',
  backslash: 'C:\\path\\u0041 "quoted"',
};

/** The hostile control-character label with what XML can carry: control characters dropped. */
export const CONTROL_STRIPPED = 'bell andnull here';

const source = (n: number, evidence: string): MeetingRecord['sources'][number] => ({
  articleId: `article-${n}`,
  title: n === 1 ? HOSTILE.markup : 'US, Russia hold talks in Istanbul',
  outlet: n === 1 ? 'The Kyiv Independent' : HOSTILE.formula,
  published: `2025-04-1${n}`,
  url: `https://kyivindependent.com/story-${n}?a=1&b=2`,
  status: 'held',
  evidence,
  evidenceStart: 10,
  evidenceEnd: 10 + evidence.length,
});

/** Two meetings, five parties, a place and a topic, with hostile labels on several of them. */
export function sampleMeetingsGraph(): { graph: GraphData; meetings: MeetingRecord[] } {
  const meetings: MeetingRecord[] = [
    {
      id: 'meeting-1',
      participants: ['Kirill Dmitriev', HOSTILE.script],
      participant_groups: ['Russia', 'United States'],
      place: 'White House',
      city: 'Washington',
      country: 'United States',
      date: '2025-04-02',
      date_precision: 'day',
      topic: HOSTILE.cypher,
      status: 'held',
      status_history: [{ status: 'held', reported: '2025-04-11', articleId: 'article-1' }],
      sources: [source(1, `Dmitriev met ${HOSTILE.script} at the White House.`), source(2, HOSTILE.newline)],
    },
    {
      id: 'meeting-2',
      participants: [HOSTILE.astral, HOSTILE.rtl],
      participant_groups: [],
      place: null,
      city: 'Istanbul',
      country: 'Turkey',
      date: '2025-04',
      date_precision: 'month',
      topic: null,
      status: 'planned',
      status_history: [{ status: 'planned', reported: '2025-04-12', articleId: 'article-2' }],
      sources: [source(2, `${HOSTILE.control} ${HOSTILE.combining}`)],
    },
  ];
  const graph: GraphData = {
    omitted: 0,
    nodes: [
      {
        id: 'person-dmitriev',
        kind: 'person',
        label: 'Kirill Dmitriev',
        meetingCount: 1,
        aliases: ['Dmitriev', HOSTILE.at],
        roles: [HOSTILE.plus],
        affiliations: ['Russia'],
      },
      { id: 'person-script', kind: 'person', label: HOSTILE.script, meetingCount: 1, roles: [HOSTILE.minus] },
      { id: 'person-astral', kind: 'person', label: HOSTILE.astral, meetingCount: 1 },
      { id: 'person-rtl', kind: 'person', label: HOSTILE.rtl, meetingCount: 1, aliases: [HOSTILE.combining] },
      { id: 'group-<&">', kind: 'group', label: HOSTILE.markup, meetingCount: 1 },
      { id: 'place-white-house', kind: 'place', label: 'White House', meetingCount: 1, placeKind: 'venue' },
      { id: 'topic-1', kind: 'topic', label: HOSTILE.cypher, meetingCount: 1 },
      {
        id: 'meeting-1',
        kind: 'meeting',
        label: HOSTILE.backslash,
        meetingCount: 3,
        status: 'held',
        date: '2025-04-02',
        datePrecision: 'day',
      },
      {
        id: 'meeting-2',
        kind: 'meeting',
        label: HOSTILE.control,
        meetingCount: 2,
        status: 'planned',
        date: '2025-04',
        datePrecision: 'month',
      },
    ],
    edges: [
      {
        id: 'e1',
        source: 'person-dmitriev',
        target: 'meeting-1',
        kind: 'participant',
        label: null,
        meetingIds: ['meeting-1'],
        role: 'visitor',
      },
      {
        id: 'e2',
        source: 'person-script',
        target: 'meeting-1',
        kind: 'participant',
        label: HOSTILE.formula,
        meetingIds: ['meeting-1'],
        role: 'host',
      },
      {
        id: 'e3',
        source: 'group-<&">',
        target: 'meeting-1',
        kind: 'participant',
        label: null,
        meetingIds: ['meeting-1'],
      },
      {
        id: 'e4',
        source: 'meeting-1',
        target: 'place-white-house',
        kind: 'at',
        label: null,
        meetingIds: ['meeting-1'],
      },
      {
        id: 'e5',
        source: 'meeting-1',
        target: 'topic-1',
        kind: 'about',
        label: null,
        meetingIds: ['meeting-1'],
      },
      {
        id: 'e6',
        source: 'person-astral',
        target: 'meeting-2',
        kind: 'participant',
        label: HOSTILE.rtl,
        meetingIds: ['meeting-2'],
      },
      {
        id: 'e7',
        source: 'person-rtl',
        target: 'meeting-2',
        kind: 'participant',
        label: null,
        meetingIds: ['meeting-2'],
      },
    ],
  };
  return { graph, meetings };
}

/** Runs a Python snippet with arguments and returns its stdout parsed as JSON; throws with stderr on failure. */
export function python<T>(code: string, ...args: string[]): T {
  const run = spawnSync('python3', ['-c', code, ...args], {
    encoding: 'utf8',
    env: { ...process.env, PYTHONIOENCODING: 'utf-8' },
  });
  if (run.status !== 0) throw new Error(`python3 failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}
