// Search with suggestions over names and aliases; choosing one centres and selects it.
import { useEffect, useId, useState, type RefObject } from 'react';
import type { SearchHit } from '../../src-main/common/graph';
import { useActions } from './context';
import { chooseSearchHit } from '../state/actions/chooseSearchHit';
import { KIND_STYLES } from '../../src-main/common/look';

/** A search field with a suggestion list; used by the toolbar and the path panel. */
export function EntityPicker({
  label,
  placeholder,
  onChoose,
  inputRef,
  className,
}: {
  label: string;
  placeholder: string;
  onChoose(hit: SearchHit): void;
  inputRef?: RefObject<HTMLInputElement | null>;
  className?: string;
}) {
  const ctx = useActions();
  const [text, setText] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();

  useEffect(() => {
    const query = text.trim();
    if (!query) {
      setHits([]);
      return;
    }
    let cancelled = false;
    const timer = setTimeout(() => {
      ctx.api
        .search({ text: query, limit: 8 })
        .then((found) => {
          if (!cancelled) {
            setHits(found);
            setActive(0);
          }
        })
        .catch(() => {
          if (!cancelled) setHits([]);
        });
    }, 120);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [text, ctx.api]);

  const choose = (hit: SearchHit) => {
    setText(hit.label);
    setOpen(false);
    onChoose(hit);
  };

  return (
    <div className={`picker ${className ?? ''}`}>
      <input
        ref={inputRef}
        type="search"
        aria-label={label}
        placeholder={placeholder}
        role="combobox"
        aria-expanded={open && hits.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((a) => Math.min(hits.length - 1, a + 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(0, a - 1));
          } else if (e.key === 'Enter' && hits[active]) {
            e.preventDefault();
            choose(hits[active]);
          } else if (e.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      {open && hits.length > 0 && (
        <ul className="suggestions" role="listbox" id={listId} aria-label={`${label} suggestions`}>
          {hits.map((hit, i) => (
            <li
              key={hit.id}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : ''}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(hit);
              }}
            >
              <span
                className="swatch"
                style={{ background: KIND_STYLES[hit.kind].color }}
                aria-hidden="true"
              />
              <span className="hit-label">{hit.label}</span>
              {hit.matched && hit.matched !== hit.label && <span className="hit-alias">“{hit.matched}”</span>}
              <span className="hit-kind">{KIND_STYLES[hit.kind].label}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The toolbar's search box, labelled "Search". */
export function SearchBox({ inputRef }: { inputRef: RefObject<HTMLInputElement | null> }) {
  const ctx = useActions();
  return (
    <EntityPicker
      className="search"
      label="Search"
      placeholder="Search people, places, topics…  ( / )"
      inputRef={inputRef}
      onChoose={(hit) => void chooseSearchHit(ctx, hit)}
    />
  );
}
