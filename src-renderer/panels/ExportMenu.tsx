// The Export menu: PNG at 1–4× on white or transparent.
import { useState } from 'react';
import { useActions } from '../app/context';
import { exportPng } from '../state/actions/exportPng';

/** The export menu under the Export button. */
export function ExportMenu({ onClose }: { onClose(): void }) {
  const ctx = useActions();
  const [scale, setScale] = useState(2);
  const [background, setBackground] = useState<'white' | 'transparent'>('white');
  return (
    <div className="menu" role="menu" aria-label="Export">
      <div className="menu-section">
        <div className="menu-title">Image (PNG)</div>
        <label className="inline">
          Scale
          <select aria-label="PNG scale" value={scale} onChange={(e) => setScale(Number(e.target.value))}>
            {[1, 2, 3, 4].map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        <label className="inline">
          Background
          <select
            aria-label="PNG background"
            value={background}
            onChange={(e) => setBackground(e.target.value as 'white' | 'transparent')}
          >
            <option value="white">White</option>
            <option value="transparent">Transparent</option>
          </select>
        </label>
        <button
          type="button"
          role="menuitem"
          onClick={() => {
            exportPng(ctx, scale, background);
            onClose();
          }}
        >
          Save PNG
        </button>
      </div>
    </div>
  );
}
