import { describe, expect, it } from 'vitest';
import { migration } from './0031-royalty-periods';
import { migratedTo } from './testing';

describe('migration 0031 royalty-periods', () => {
  it('turns the undated rate table into the set valid from 2000-01-01 and adds the frozen sheet column', () => {
    const db = migratedTo(30);
    db.prepare(`INSERT INTO royalty_unit VALUES (1, 150000)`).run();
    db.prepare(`INSERT INTO royalty_rates VALUES ('tin', 2, 8)`).run();
    db.prepare(`INSERT INTO royalty_closings (period, closed_at) VALUES ('2023-07', '2023-08-01T00:00:00.000Z')`).run();
    db.transaction(() => migration.up(db))();
    expect(db.prepare('SELECT valid_from, unit FROM royalty_rate_sets').all()).toEqual([{ valid_from: '2000-01-01', unit: 150000 }]);
    expect(db.prepare('SELECT * FROM royalty_rates').all()).toEqual([{ valid_from: '2000-01-01', kind: 'tin', min_coef: 2, max_coef: 8 }]);
    expect(db.prepare('SELECT period, sheet FROM royalty_closings').all()).toEqual([{ period: '2023-07', sheet: null }]);
    expect(() => db.prepare(`INSERT INTO royalty_rate_sets (valid_from, unit) VALUES ('1/10/2023', 1)`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO royalty_rates VALUES ('2031-01-01', 'tin', 1, 2)`).run()).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('leaves no set when no rate was ever stored (the built-in defaults apply)', () => {
    const db = migratedTo(30);
    db.transaction(() => migration.up(db))();
    expect(db.prepare('SELECT count(*) AS n FROM royalty_rate_sets').get()).toEqual({ n: 0 });
    db.close();
  });
});
