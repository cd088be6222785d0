import { describe, expect, it } from 'vitest';
import { stockShortfall, summarizeStock, type StockLot } from '../../src-shared/formula/stock';

const lots: StockLot[] = [
  { id: 'a', canGrams: 800, quantity: 10, lot: 'L-A', expiryDate: '2027-06-30', receivedDate: '2026-09-01', kind: 'receipt' },
  { id: 'b', canGrams: 800, quantity: 10, lot: 'L-B', expiryDate: '2026-12-31', receivedDate: '2026-10-01', kind: 'receipt' },
  { id: 'c', canGrams: 1000, quantity: 5, lot: 'L-C', expiryDate: '2026-11-22', receivedDate: '2026-08-01', kind: 'receipt' },
];

describe('stock', () => {
  it('an inventory count starts the stock: deliveries before it are not subtracted (issue 15)', () => {
    const opening: StockLot = { id: 'o', canGrams: 800, quantity: 30, lot: 'Inventario', expiryDate: '2027-03-31', receivedDate: '2026-11-01', kind: 'opening' };
    const delivered = [
      { date: '2026-10-20', cans800: 27, cans1kg: 0 }, // before the count: the cans came from nowhere this program records
      { date: '2026-11-01', cans800: 2, cans1kg: 0 }, // on the day of the count: after it
      { date: '2026-11-10', cans800: 3, cans1kg: 0 },
    ];
    const summary = summarizeStock([opening], delivered, '2026-11-22');
    expect(summary).toMatchObject({ trackedFrom: '2026-11-01', balance800: 25, tracked: true });
    // Without the count the same deliveries leave a negative balance (to explain, not hide).
    expect(summarizeStock([], delivered, '2026-11-22').balance800).toBe(-32);
    // Consumption is what was delivered, counted or not.
    expect(summary.monthly.map((m) => m.cans800)).toEqual([27, 5]);
  });

  it('a site that does not keep its stock here is never warned of a shortfall', () => {
    expect(stockShortfall(summarizeStock([], [], '2026-11-22', false), { cans800: 5, cans1kg: 0 })).toEqual({ cans800: 0, cans1kg: 0 });
    expect(stockShortfall(summarizeStock([], [], '2026-11-22', true), { cans800: 5, cans1kg: 0 })).toEqual({ cans800: 5, cans1kg: 0 });
  });

  it('balances by can size; deliveries take from the lot that expires first', () => {
    const summary = summarizeStock(lots, [{ date: '2026-10-15', cans800: 4, cans1kg: 1 }, { date: '2026-11-02', cans800: 8, cans1kg: 0 }], '2026-11-22');
    expect(summary.balance800).toBe(8);
    expect(summary.balance1kg).toBe(4);
    expect(summary.lots.map((l) => [l.lot, l.remaining])).toEqual([
      ['L-A', 8],
      ['L-B', 0],
      ['L-C', 4],
    ]);
  });

  it('flags lots expiring within 60 days and lots already expired (expiry day included)', () => {
    const summary = summarizeStock(lots, [], '2026-11-22');
    expect(summary.lots.map((l) => [l.lot, l.nearExpiry, l.expired])).toEqual([
      ['L-A', false, false],
      ['L-B', true, false],
      ['L-C', false, true],
    ]);
  });

  it('monthly consumption in cans and grams, across a year end', () => {
    const summary = summarizeStock(lots, [
      { date: '2026-12-31', cans800: 2, cans1kg: 0 },
      { date: '2027-01-01', cans800: 1, cans1kg: 1 },
      { date: '2026-12-01', cans800: 1, cans1kg: 0 },
    ], '2027-01-02');
    expect(summary.monthly).toEqual([
      { month: '2026-12', cans800: 3, cans1kg: 0, grams: 2400 },
      { month: '2027-01', cans800: 1, cans1kg: 1, grams: 1800 },
    ]);
  });

  it('warns when usable (unexpired) stock cannot cover a delivery', () => {
    const summary = summarizeStock(lots, [{ date: '2026-11-01', cans800: 18, cans1kg: 0 }], '2026-11-22');
    expect(stockShortfall(summary, { cans800: 3, cans1kg: 1 })).toEqual({ cans800: 1, cans1kg: 1 });
    expect(stockShortfall(summary, { cans800: 2, cans1kg: 0 })).toEqual({ cans800: 0, cans1kg: 0 });
  });
});

describe('stock through the contract', () => {
  it('receives lots, and deliveries take from them', async () => {
    const { setUpFacility, addUser, countRows } = await import('../helpers/test-app');
    const app = await setUpFacility();
    await addUser(app, 'luis.registro', 'registrar', 'clave-de-luis');
    await app.ok('session.logout', {});
    await app.ok('session.login', { username: 'luis.registro', password: 'clave-de-luis' });
    const receipt = { receivedDate: '2026-11-01', canGrams: '800' as const, quantity: 24, lot: 'FI-2026-11', expiryDate: '2027-01-10' };
    const summary = await app.ok('formula.receiveStock', receipt);
    expect(summary).toMatchObject({ balance800: 24, balance1kg: 0, lots: [{ lot: 'FI-2026-11', remaining: 24, nearExpiry: true }] });

    expect(await app.invoke('formula.receiveStock', { ...receipt, expiryDate: '2026-10-01' })).toMatchObject({
      ok: false,
      error: { fieldErrors: { expiryDate: 'El vencimiento debe ser posterior a la fecha de recepción.' } },
    });
    expect(await app.invoke('formula.receiveStock', { ...receipt, quantity: 0 })).toMatchObject({ ok: false });
    expect(await app.invoke('formula.receiveStock', { ...receipt, receivedDate: '2026-11-30', expiryDate: '2027-12-01' })).toMatchObject({
      ok: false,
      error: { fieldErrors: { receivedDate: 'La fecha de recepción es posterior a hoy.' } },
    });
    expect(countRows(app, 'stock_receipts')).toBe(1);
  });

  it('an inventory count through the contract, and a site that keeps no stock here (issue 15)', async () => {
    const { setUpFacility, addUser } = await import('../helpers/test-app');
    const app = await setUpFacility();
    await addUser(app, 'luis.registro', 'registrar', 'clave-de-luis');
    await app.ok('session.logout', {});
    await app.ok('session.login', { username: 'luis.registro', password: 'clave-de-luis' });
    const opening = await app.ok('formula.receiveStock', { kind: 'opening', receivedDate: '2026-11-15', canGrams: '800', quantity: 12, lot: 'FI-2026-09', expiryDate: '2027-03-31' });
    expect(opening).toMatchObject({ tracked: true, trackedFrom: '2026-11-15', balance800: 12, lots: [{ kind: 'opening', remaining: 12 }] });
    expect(await app.invoke('formula.receiveStock', { kind: 'count' as 'receipt', receivedDate: '2026-11-15', canGrams: '800', quantity: 12, lot: 'X', expiryDate: '2027-03-31' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const off = await app.ok('formula.setStockTracking', { tracked: false });
    expect(off.tracked).toBe(false);
    expect((await app.ok('formula.stock', {})).tracked).toBe(false);
    expect((await app.ok('formula.setStockTracking', { tracked: true })).tracked).toBe(true);
  });
});
