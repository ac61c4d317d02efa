import { currentQuarter, periodLabel, type Period } from '../../../common/api/stats-period';
import { vi } from '../../i18n/vi';

const t = vi.stats.period;
const FIRST_YEAR = 2018;

/** Quarters from the first year up to the current one, newest first, labelled "Quý III/2023". */
function quarters(): Array<{ year: number; quarter: number }> {
  const now = currentQuarter();
  const list: Array<{ year: number; quarter: number }> = [];
  if (now.kind !== 'quarter') return list;
  for (let year = now.year; year >= FIRST_YEAR; year--) {
    for (let quarter = 4; quarter >= 1; quarter--) if (year < now.year || quarter <= now.quarter) list.push({ year, quarter });
  }
  return list;
}

function years(): number[] {
  const list: number[] = [];
  for (let y = new Date().getFullYear(); y >= FIRST_YEAR; y--) list.push(y);
  return list;
}

const today = () => new Date().toISOString().slice(0, 10);

/** A month, a quarter (the current one by default), a year or a range of days. */
export function PeriodPicker({ value, onChange }: { value: Period; onChange: (p: Period) => void }) {
  const year = value.kind === 'range' ? Number(value.from.slice(0, 4)) : value.year;
  const switchKind = (kind: Period['kind']) => {
    if (kind === 'quarter') onChange(currentQuarter());
    else if (kind === 'month') onChange({ kind: 'month', year, month: value.kind === 'quarter' ? value.quarter * 3 - 2 : 1 });
    else if (kind === 'year') onChange({ kind: 'year', year });
    else onChange({ kind: 'range', from: `${year}-01-01`, to: today() });
  };
  return (
    <fieldset className="stats-period" aria-label={t.label}>
      <label>
        {t.kind}
        <select name="periodKind" value={value.kind} onChange={(e) => switchKind(e.target.value as Period['kind'])}>
          {(Object.keys(t.kinds) as Array<Period['kind']>).map((k) => (
            <option key={k} value={k}>
              {t.kinds[k]}
            </option>
          ))}
        </select>
      </label>
      {value.kind === 'quarter' && (
        <label>
          {t.quarter}
          <select
            name="quarter"
            value={`${value.year}-${value.quarter}`}
            onChange={(e) => {
              const [y, q] = e.target.value.split('-').map(Number);
              onChange({ kind: 'quarter', year: y!, quarter: q! });
            }}
          >
            {quarters().map((q) => (
              <option key={`${q.year}-${q.quarter}`} value={`${q.year}-${q.quarter}`}>
                {periodLabel({ kind: 'quarter', ...q })}
              </option>
            ))}
          </select>
        </label>
      )}
      {value.kind === 'month' && (
        <label>
          {t.month}
          <select name="month" value={value.month} onChange={(e) => onChange({ ...value, month: Number(e.target.value) })}>
            {Array.from({ length: 12 }, (_, i) => (
              <option key={i + 1} value={i + 1}>
                {t.monthOption(i + 1)}
              </option>
            ))}
          </select>
        </label>
      )}
      {(value.kind === 'month' || value.kind === 'year') && (
        <label>
          {t.year}
          <select name="year" value={value.year} onChange={(e) => onChange({ ...value, year: Number(e.target.value) })}>
            {years().map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      )}
      {value.kind === 'range' && (
        <>
          <label>
            {t.from}
            <input type="date" name="from" value={value.from} onChange={(e) => e.target.value && onChange({ ...value, from: e.target.value })} />
          </label>
          <label>
            {t.to}
            <input type="date" name="to" value={value.to} onChange={(e) => e.target.value && onChange({ ...value, to: e.target.value })} />
          </label>
        </>
      )}
    </fieldset>
  );
}
