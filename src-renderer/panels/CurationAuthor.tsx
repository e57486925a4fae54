// The name corrections are recorded under, set in Settings and kept in this browser or window; without
// one, the server's default applies (RENDEZVOUS_USER, else the operating system's user name).
import { useState } from 'react';

const KEY = 'rendezvous.curationAuthor';

/** The author name set in Settings, or undefined when none is set. */
export function curationAuthorName(): string | undefined {
  try {
    return localStorage.getItem(KEY)?.trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The Settings field for the author name of corrections; saved as it is typed. */
export function CurationAuthorField() {
  const [name, setName] = useState(() => curationAuthorName() ?? '');
  return (
    <fieldset>
      <legend>Corrections</legend>
      <label className="field">
        Author name for corrections
        <input
          aria-label="Author name for corrections"
          value={name}
          maxLength={200}
          placeholder="your operating-system user name"
          onChange={(e) => {
            setName(e.target.value);
            try {
              if (e.target.value.trim()) localStorage.setItem(KEY, e.target.value.trim());
              else localStorage.removeItem(KEY);
            } catch {
              // Storage refused (private mode): the server's default name applies.
            }
          }}
        />
      </label>
    </fieldset>
  );
}
