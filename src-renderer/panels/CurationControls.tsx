// The curation block of Details: the marks, and the corrections an analyst can make to the entity shown.
import { useEffect, useState } from 'react';
import type { CurationState } from '../../src-main/common/curation';
import type { EntityDetails, MeetingRecord, SearchHit } from '../../src-main/common/graph';
import { useActions } from '../app/context';
import { runCorrection } from '../state/actions/curate';

const STATUSES = ['planned', 'held', 'ongoing', 'cancelled'] as const;
const PRECISIONS = ['day', 'week', 'month', 'year', 'unknown'] as const;

/** The marks of a fact as small badges. */
export function CurationMarks({ marks }: { marks: readonly string[] | undefined }) {
  if (!marks?.length) return null;
  return (
    <span className="curation-marks">
      {marks.map((m) => (
        <span key={m} className={`badge curation-${m}`} title={`${m} by the analyst`}>
          {m}
        </span>
      ))}
    </span>
  );
}

function Reason({ value, onChange }: { value: string; onChange(v: string): void }) {
  return (
    <label className="field">
      Reason
      <textarea
        aria-label="Reason"
        maxLength={2000}
        rows={2}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}

type Form = null | 'reject' | 'edit' | 'merge' | 'rename' | { add: number };

/** Corrections of a meeting: confirm, reject, edit, add another from one of its sentences. */
function MeetingCuration({
  meeting,
  state,
  done,
}: {
  meeting: MeetingRecord;
  state: CurationState;
  done(): void;
}) {
  const ctx = useActions();
  const [form, setForm] = useState<Form>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [date, setDate] = useState(meeting.date ?? '');
  const [precision, setPrecision] = useState<string>(meeting.date_precision);
  const [status, setStatus] = useState<string>(meeting.status);
  const [place, setPlace] = useState(meeting.place ?? '');
  const [topic, setTopic] = useState(meeting.topic ?? '');
  const [people, setPeople] = useState('');
  const version = state.version;
  const run = async (fn: Parameters<typeof runCorrection>[1]) => {
    setError(null);
    const err = await runCorrection(ctx, fn);
    if (err) setError(err);
    else {
      setForm(null);
      setReason('');
      done();
    }
  };
  const why = reason.trim() || undefined;
  return (
    <div className="curation-actions">
      <div className="details-actions">
        <button
          type="button"
          onClick={() =>
            void run((api) => api.confirmMeeting({ id: meeting.id, reason: why, expectedVersion: version }))
          }
        >
          Confirm
        </button>
        <button type="button" onClick={() => setForm(form === 'reject' ? null : 'reject')}>
          Reject…
        </button>
        <button type="button" onClick={() => setForm(form === 'edit' ? null : 'edit')}>
          Edit…
        </button>
      </div>
      {form === 'reject' && (
        <form
          className="curation-form"
          aria-label="Reject the meeting"
          onSubmit={(e) => {
            e.preventDefault();
            void run((api) => api.rejectMeeting({ id: meeting.id, reason: why, expectedVersion: version }));
          }}
        >
          <Reason value={reason} onChange={setReason} />
          <button type="submit">Reject the meeting</button>
        </form>
      )}
      {form === 'edit' && (
        <form
          className="curation-form"
          aria-label="Edit the meeting"
          onSubmit={(e) => {
            e.preventDefault();
            void run((api) =>
              api.editMeeting({
                id: meeting.id,
                ...(date !== (meeting.date ?? '') ? { date: date || undefined } : {}),
                ...(precision !== meeting.date_precision
                  ? { datePrecision: precision as (typeof PRECISIONS)[number] }
                  : {}),
                ...(status !== meeting.status ? { status: status as (typeof STATUSES)[number] } : {}),
                ...(place !== (meeting.place ?? '') ? { place: place || null } : {}),
                ...(topic !== (meeting.topic ?? '') ? { topic: topic || null } : {}),
                reason: why,
                expectedVersion: version,
              }),
            );
          }}
        >
          <label className="field">
            Date
            <input
              aria-label="Date"
              value={date}
              placeholder="YYYY-MM-DD"
              onChange={(e) => setDate(e.target.value)}
            />
          </label>
          <label className="field">
            Precision
            <select aria-label="Precision" value={precision} onChange={(e) => setPrecision(e.target.value)}>
              {PRECISIONS.map((p) => (
                <option key={p}>{p}</option>
              ))}
            </select>
          </label>
          <label className="field">
            Status
            <select aria-label="Status" value={status} onChange={(e) => setStatus(e.target.value)}>
              {STATUSES.map((p) => (
                <option key={p}>{p}</option>
              ))}
            </select>
          </label>
          <label className="field">
            Place
            <input aria-label="Place" value={place} onChange={(e) => setPlace(e.target.value)} />
          </label>
          <label className="field">
            Topic
            <input aria-label="Topic" value={topic} onChange={(e) => setTopic(e.target.value)} />
          </label>
          <Reason value={reason} onChange={setReason} />
          <button type="submit">Save the correction</button>
        </form>
      )}
      {meeting.sources.length > 0 && (
        <ul className="plain curation-sentences">
          {meeting.sources.map((s, i) =>
            s.evidenceStart === null || s.evidenceEnd === null ? null : (
              <li key={`${s.articleId}:${i}`}>
                <button type="button" className="link" onClick={() => setForm({ add: i })}>
                  Add a meeting from this sentence ({s.outlet ?? 'source'} {s.published ?? ''})
                </button>
              </li>
            ),
          )}
        </ul>
      )}
      {form && typeof form === 'object' && (
        <form
          className="curation-form"
          aria-label="Add a meeting"
          onSubmit={(e) => {
            e.preventDefault();
            const src = meeting.sources[form.add]!;
            void run(async (api) => {
              const ids: string[] = [];
              for (const name of people
                .split(',')
                .map((n) => n.trim())
                .filter(Boolean)) {
                const hits: SearchHit[] = await api.search({ text: name, limit: 5 });
                const hit = hits.find((h) => h.label.toLowerCase() === name.toLowerCase()) ?? hits[0];
                if (!hit) throw new Error(`No one is called "${name}".`);
                ids.push(hit.id);
              }
              return api.addMeeting({
                articleId: src.articleId,
                evidenceStart: src.evidenceStart!,
                evidenceEnd: src.evidenceEnd!,
                participants: ids,
                ...(date ? { date } : {}),
                ...(place ? { place } : {}),
                status: status as (typeof STATUSES)[number],
                ...(topic ? { topic } : {}),
                reason: why,
              });
            });
          }}
        >
          <blockquote className="evidence">{meeting.sources[form.add]!.evidence}</blockquote>
          <label className="field">
            Participants (names, comma-separated)
            <input aria-label="Participants" value={people} onChange={(e) => setPeople(e.target.value)} />
          </label>
          <label className="field">
            Date
            <input aria-label="New meeting date" value={date} onChange={(e) => setDate(e.target.value)} />
          </label>
          <label className="field">
            Place
            <input aria-label="New meeting place" value={place} onChange={(e) => setPlace(e.target.value)} />
          </label>
          <Reason value={reason} onChange={setReason} />
          <button type="submit">Add the meeting</button>
        </form>
      )}
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** Corrections of a person: merge with another, rename. */
function PersonCuration({
  details,
  state,
  done,
}: {
  details: EntityDetails;
  state: CurationState;
  done(): void;
}) {
  const ctx = useActions();
  const node = details.node;
  const [form, setForm] = useState<Form>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [other, setOther] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [chosen, setChosen] = useState<SearchHit | null>(null);
  const [keepThis, setKeepThis] = useState(true);
  const [name, setName] = useState(node.label);
  useEffect(() => {
    if (form !== 'merge' || other.trim().length < 2) return setHits([]);
    let live = true;
    void ctx.api.search({ text: other, limit: 8 }).then((h) => {
      if (live) setHits(h.filter((x) => x.kind === 'person' && x.id !== node.id));
    });
    return () => {
      live = false;
    };
  }, [ctx, form, other, node.id]);
  const run = async (fn: Parameters<typeof runCorrection>[1]) => {
    setError(null);
    const err = await runCorrection(ctx, fn);
    if (err) setError(err);
    else {
      setForm(null);
      setReason('');
      done();
    }
  };
  const why = reason.trim() || undefined;
  return (
    <div className="curation-actions">
      <div className="details-actions">
        <button type="button" onClick={() => setForm(form === 'merge' ? null : 'merge')}>
          Merge with…
        </button>
        <button type="button" onClick={() => setForm(form === 'rename' ? null : 'rename')}>
          Rename…
        </button>
      </div>
      {form === 'merge' && (
        <form
          className="curation-form"
          aria-label="Merge people"
          onSubmit={(e) => {
            e.preventDefault();
            if (!chosen) return setError('Choose the person to merge with.');
            const [keep, drop] = keepThis ? [node.id, chosen.id] : [chosen.id, node.id];
            void run((api) =>
              api.mergePeople({
                keep,
                drop,
                reason: why,
                ...(keepThis ? { expectedVersion: state.version } : {}),
              }),
            );
          }}
        >
          <label className="field">
            The same person as
            <input aria-label="Merge with" value={other} onChange={(e) => setOther(e.target.value)} />
          </label>
          <ul className="plain" role="listbox" aria-label="People to merge with">
            {hits.map((h) => (
              <li key={h.id}>
                <button
                  type="button"
                  role="option"
                  aria-selected={chosen?.id === h.id}
                  className={chosen?.id === h.id ? 'chosen' : 'link'}
                  onClick={() => setChosen(h)}
                >
                  {h.label}
                </button>
              </li>
            ))}
          </ul>
          <fieldset>
            <legend>Name to keep</legend>
            <label>
              <input type="radio" checked={keepThis} onChange={() => setKeepThis(true)} /> {node.label}
            </label>
            {chosen && (
              <label>
                <input type="radio" checked={!keepThis} onChange={() => setKeepThis(false)} /> {chosen.label}
              </label>
            )}
          </fieldset>
          <Reason value={reason} onChange={setReason} />
          <button type="submit">Merge</button>
        </form>
      )}
      {form === 'rename' && (
        <form
          className="curation-form"
          aria-label="Rename"
          onSubmit={(e) => {
            e.preventDefault();
            void run((api) =>
              api.renamePerson({ id: node.id, name, reason: why, expectedVersion: state.version }),
            );
          }}
        >
          <label className="field">
            Name
            <input aria-label="New name" value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          <Reason value={reason} onChange={setReason} />
          <button type="submit">Rename</button>
        </form>
      )}
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** The curation block of Details, for a person or a meeting: marks, corrections, and this entity's history. */
export function CurationControls({ details }: { details: EntityDetails }) {
  const ctx = useActions();
  const id = details.node.id;
  const kind = details.node.kind;
  const [state, setState] = useState<CurationState | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (kind !== 'person' && kind !== 'meeting') return;
    let live = true;
    void ctx.api
      .curationState({ id })
      .then((s) => live && setState(s))
      .catch(() => live && setState(null));
    return () => {
      live = false;
    };
  }, [ctx, id, kind, tick, details]);
  if (kind !== 'person' && kind !== 'meeting') return null;
  const own = kind === 'meeting' ? details.meetings.find((m) => m.id === id) : undefined;
  const marks = kind === 'meeting' ? own?.curation : details.node.curation;
  return (
    <section className="curation" aria-label="Curation">
      <h3>
        Curation <CurationMarks marks={marks} />
      </h3>
      {!state && <p className="muted">Loading…</p>}
      {state && kind === 'meeting' && own && (
        <MeetingCuration
          key={`${id}:${state.version}`}
          meeting={own}
          state={state}
          done={() => setTick((t) => t + 1)}
        />
      )}
      {state && kind === 'meeting' && !own && <p className="muted">Not known as of the chosen date.</p>}
      {state && kind === 'person' && (
        <PersonCuration
          key={`${id}:${state.version}`}
          details={details}
          state={state}
          done={() => setTick((t) => t + 1)}
        />
      )}
      {state && state.corrections.length > 0 && (
        <details className="merge">
          <summary>Corrections ({state.corrections.length})</summary>
          <ul>
            {state.corrections.map((c) => (
              <li key={c.id} className={c.active ? '' : 'muted'}>
                {c.date}: {c.summary}
                {c.reason ? ` — ${c.reason}` : ''} ({c.author})
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
