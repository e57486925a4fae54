// The curation block of Details: the marks, and the corrections an analyst can make to the entity shown.
import { useEffect, useState, type ReactNode } from 'react';
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

type Form =
  | null
  | 'reject'
  | 'edit'
  | 'merge'
  | 'rename'
  | 'split'
  | 'remove'
  | 'set'
  | 'merge-meeting'
  | 'split-meeting'
  | { add: number };

/** The state every correction form shares: which form is open, its reason, its error, and running it. */
function useCorrection(done: () => void) {
  const ctx = useActions();
  const [form, setForm] = useState<Form>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
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
  const toggle = (f: Exclude<Form, null | { add: number }>) => setForm(form === f ? null : f);
  return {
    ctx,
    form,
    setForm,
    toggle,
    reason,
    setReason,
    error,
    setError,
    run,
    why: reason.trim() || undefined,
  };
}

/** A correction form: its fields, the reason, and the button that sends it. */
function CorrectionForm({
  label,
  submit,
  reason,
  setReason,
  onSubmit,
  children,
}: {
  label: string;
  submit: string;
  reason: string;
  setReason(v: string): void;
  onSubmit(): void;
  children?: ReactNode;
}) {
  return (
    <form
      className="curation-form"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {children}
      <Reason value={reason} onChange={setReason} />
      <button type="submit">{submit}</button>
    </form>
  );
}

function ErrorLine({ error }: { error: string | null }) {
  return error ? (
    <p className="error-text" role="alert">
      {error}
    </p>
  ) : null;
}

/** Checkboxes to choose articles (mentions or reports), by title. */
function ArticleChoice({
  label,
  articles,
  chosen,
  setChosen,
}: {
  label: string;
  articles: { id: string; title: string | null; published: string | null }[];
  chosen: string[];
  setChosen(ids: string[]): void;
}) {
  return (
    <fieldset>
      <legend>{label}</legend>
      {articles.map((a) => (
        <label key={a.id} className="curation-choice">
          <input
            type="checkbox"
            checked={chosen.includes(a.id)}
            onChange={(e) =>
              setChosen(e.target.checked ? [...chosen, a.id] : chosen.filter((x) => x !== a.id))
            }
          />{' '}
          {a.title ?? a.id} {a.published ? `(${a.published.slice(0, 10)})` : ''}
        </label>
      ))}
    </fieldset>
  );
}

/** Corrections of a meeting: confirm, reject, edit, merge, split, add another from one of its sentences. */
function MeetingCuration({
  meeting,
  state,
  done,
}: {
  meeting: MeetingRecord;
  state: CurationState;
  done(): void;
}) {
  const { form, setForm, toggle, reason, setReason, error, run, why } = useCorrection(done);
  const [date, setDate] = useState(meeting.date ?? '');
  const [precision, setPrecision] = useState<string>(meeting.date_precision);
  const [status, setStatus] = useState<string>(meeting.status);
  const [place, setPlace] = useState(meeting.place ?? '');
  const [topic, setTopic] = useState(meeting.topic ?? '');
  const [people, setPeople] = useState('');
  const [otherMeeting, setOtherMeeting] = useState('');
  const [reports, setReports] = useState<string[]>([]);
  const version = state.version;
  const sourceArticles = [...new Map(meeting.sources.map((s) => [s.articleId, s])).values()].map((s) => ({
    id: s.articleId,
    title: s.title,
    published: s.published,
  }));
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
        <button type="button" onClick={() => toggle('reject')}>
          Reject…
        </button>
        <button type="button" onClick={() => toggle('edit')}>
          Edit…
        </button>
        <button type="button" onClick={() => toggle('merge-meeting')}>
          Merge with…
        </button>
        {sourceArticles.length > 1 && (
          <button type="button" onClick={() => toggle('split-meeting')}>
            Split…
          </button>
        )}
      </div>
      {form === 'reject' && (
        <CorrectionForm
          label="Reject the meeting"
          submit="Reject the meeting"
          reason={reason}
          setReason={setReason}
          onSubmit={() =>
            void run((api) => api.rejectMeeting({ id: meeting.id, reason: why, expectedVersion: version }))
          }
        />
      )}
      {form === 'merge-meeting' && (
        <CorrectionForm
          label="Merge meetings"
          submit="Merge into this meeting"
          reason={reason}
          setReason={setReason}
          onSubmit={() =>
            void run((api) =>
              api.mergeMeetings({
                keep: meeting.id,
                drop: otherMeeting.trim(),
                reason: why,
                expectedVersion: version,
              }),
            )
          }
        >
          <label className="field">
            The other meeting (its id; it joins this one)
            <input
              aria-label="Other meeting"
              value={otherMeeting}
              placeholder="meeting:…"
              onChange={(e) => setOtherMeeting(e.target.value)}
            />
          </label>
        </CorrectionForm>
      )}
      {form === 'split-meeting' && (
        <CorrectionForm
          label="Split the meeting"
          submit="Split off a new meeting"
          reason={reason}
          setReason={setReason}
          onSubmit={() =>
            void run((api) =>
              api.splitMeeting({ id: meeting.id, reports, reason: why, expectedVersion: version }),
            )
          }
        >
          <ArticleChoice
            label="Reports that go to the new meeting"
            articles={sourceArticles}
            chosen={reports}
            setChosen={setReports}
          />
        </CorrectionForm>
      )}
      {form === 'edit' && (
        <CorrectionForm
          label="Edit the meeting"
          submit="Save the correction"
          reason={reason}
          setReason={setReason}
          onSubmit={() =>
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
            )
          }
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
        </CorrectionForm>
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
        <CorrectionForm
          label="Add a meeting"
          submit="Add the meeting"
          reason={reason}
          setReason={setReason}
          onSubmit={() => {
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
        </CorrectionForm>
      )}
      <ErrorLine error={error} />
    </div>
  );
}

/** Corrections of a person: merge with another, rename, set a role, split mentions off, not a person. */
function PersonCuration({
  details,
  state,
  done,
}: {
  details: EntityDetails;
  state: CurationState;
  done(): void;
}) {
  const node = details.node;
  const { ctx, form, toggle, reason, setReason, error, setError, run, why } = useCorrection(done);
  const [other, setOther] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [chosen, setChosen] = useState<SearchHit | null>(null);
  const [keepThis, setKeepThis] = useState(true);
  const [name, setName] = useState(node.label);
  const [mentions, setMentions] = useState<string[]>([]);
  const [splitName, setSplitName] = useState(node.label);
  const [role, setRole] = useState(node.roles?.[0] ?? '');
  const [affiliation, setAffiliation] = useState(node.affiliations?.[0] ?? '');
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
  const version = state.version;
  return (
    <div className="curation-actions">
      <div className="details-actions">
        <button type="button" onClick={() => toggle('merge')}>
          Merge with…
        </button>
        <button type="button" onClick={() => toggle('rename')}>
          Rename…
        </button>
        <button type="button" onClick={() => toggle('set')}>
          Role…
        </button>
        {details.articles.length > 1 && (
          <button type="button" onClick={() => toggle('split')}>
            Split…
          </button>
        )}
        <button type="button" onClick={() => toggle('remove')}>
          Not a person…
        </button>
      </div>
      {form === 'set' && (
        <CorrectionForm
          label="Set the role"
          submit="Set"
          reason={reason}
          setReason={setReason}
          onSubmit={() =>
            void run((api) =>
              api.setPersonAttributes({
                id: node.id,
                ...(role !== (node.roles?.[0] ?? '') ? { role: role.trim() || null } : {}),
                ...(affiliation !== (node.affiliations?.[0] ?? '')
                  ? { affiliation: affiliation.trim() || null }
                  : {}),
                reason: why,
                expectedVersion: version,
              }),
            )
          }
        >
          <label className="field">
            Role
            <input aria-label="Role" value={role} onChange={(e) => setRole(e.target.value)} />
          </label>
          <label className="field">
            Affiliation
            <input
              aria-label="Affiliation"
              value={affiliation}
              onChange={(e) => setAffiliation(e.target.value)}
            />
          </label>
        </CorrectionForm>
      )}
      {form === 'split' && (
        <CorrectionForm
          label="Split the person"
          submit="Split off a new person"
          reason={reason}
          setReason={setReason}
          onSubmit={() =>
            void run((api) =>
              api.splitPerson({
                id: node.id,
                mentions,
                name: splitName.trim() || undefined,
                reason: why,
                expectedVersion: version,
              }),
            )
          }
        >
          <ArticleChoice
            label="Mentions that go to the new person"
            articles={details.articles}
            chosen={mentions}
            setChosen={setMentions}
          />
          <label className="field">
            The new person&apos;s name
            <input
              aria-label="New person's name"
              value={splitName}
              onChange={(e) => setSplitName(e.target.value)}
            />
          </label>
        </CorrectionForm>
      )}
      {form === 'remove' && (
        <CorrectionForm
          label="Not a person"
          submit="Take it out of the graph"
          reason={reason}
          setReason={setReason}
          onSubmit={() =>
            void run((api) => api.removePerson({ id: node.id, reason: why, expectedVersion: version }))
          }
        >
          <p className="muted">
            {node.label} leaves the graph; the articles keep its mentions as text. The history can revert it.
          </p>
        </CorrectionForm>
      )}
      {form === 'merge' && (
        <CorrectionForm
          label="Merge people"
          submit="Merge"
          reason={reason}
          setReason={setReason}
          onSubmit={() => {
            if (!chosen) return setError('Choose the person to merge with.');
            const [keep, drop] = keepThis ? [node.id, chosen.id] : [chosen.id, node.id];
            void run((api) =>
              api.mergePeople({
                keep,
                drop,
                reason: why,
                ...(keepThis ? { expectedVersion: version } : {}),
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
        </CorrectionForm>
      )}
      {form === 'rename' && (
        <CorrectionForm
          label="Rename"
          submit="Rename"
          reason={reason}
          setReason={setReason}
          onSubmit={() =>
            void run((api) => api.renamePerson({ id: node.id, name, reason: why, expectedVersion: version }))
          }
        >
          <label className="field">
            Name
            <input aria-label="New name" value={name} onChange={(e) => setName(e.target.value)} />
          </label>
        </CorrectionForm>
      )}
      <ErrorLine error={error} />
    </div>
  );
}

/** The curation block of Details, for a person or a meeting: marks, corrections, and this entity's history. */
export function CurationControls({ details }: { details: EntityDetails }) {
  const ctx = useActions();
  const id = details.node.id;
  const kind = details.node.kind;
  const [loaded, setState] = useState<CurationState | null>(null);
  const [tick, setTick] = useState(0);
  // The state of the entity shown, never the one shown before it: a form opened on the new entity must not
  // carry the old one's version, nor be reset when the new state arrives.
  const state = loaded?.id === id ? loaded : null;
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
