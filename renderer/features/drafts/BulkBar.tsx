import { useState } from 'react';
import { vi } from '../../i18n/vi';

const t = vi.drafts.bulk;

/** The actions on the marked rows: trash (undoable), Word export, another category. */
export function BulkBar(props: {
  count: number;
  categories: string[];
  busy: boolean;
  onTrash: () => void;
  onExport: () => void;
  onCategory: (category: string) => void;
  onClear: () => void;
}) {
  const [category, setCategory] = useState<string | null>(null);
  return (
    <div className="drafts-bulk" role="toolbar" aria-label={t.label} data-testid="bulk-bar">
      <strong data-testid="bulk-count">{t.selected(props.count)}</strong>
      <button type="button" data-testid="bulk-trash" disabled={props.busy} onClick={props.onTrash}>
        {t.trash}
      </button>
      <button type="button" data-testid="bulk-export" disabled={props.busy} onClick={props.onExport}>
        {t.exportDocx}
      </button>
      <span className="drafts-bulk-category">
        <select
          aria-label={t.category}
          data-testid="bulk-category"
          value={category ?? '\u0000'}
          onChange={(e) => setCategory(e.target.value === '\u0000' ? null : e.target.value)}
        >
          <option value={'\u0000'}>{t.category}…</option>
          <option value="">{t.noCategory}</option>
          {props.categories.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
        <button type="button" data-testid="bulk-category-apply" disabled={props.busy || category === null} onClick={() => category !== null && props.onCategory(category)}>
          {t.apply}
        </button>
      </span>
      <button type="button" className="link" data-testid="bulk-clear" onClick={props.onClear}>
        {t.clear}
      </button>
    </div>
  );
}
