import { decideWorkAction } from './work-item-decisions';
import { workItemFrom, type WorkItem } from './work-item';

describe('decideWorkAction', () => {
  const item = workItemFrom({ workId: '0Bz000000000001', workItemId: '500000000000001', isEngaged: false });
  const opened: WorkItem = { ...item, status: 'Opened' };
  const reasons = { ok: true as const, reasons: { required: true, codes: [{ id: 'busy', label: 'Busy' }] } };
  const asked = { workId: item.workId, missing: false };

  it('ignores an item that is gone, busy, or not in the status the action needs', () => {
    expect(decideWorkAction(undefined, null, reasons, { kind: 'accept', workId: 'x' })).toEqual({ kind: 'ignore' });
    expect(
      decideWorkAction({ ...item, busy: 'accept' }, null, reasons, { kind: 'accept', workId: item.workId }),
    ).toEqual({ kind: 'ignore' });
    expect(decideWorkAction(item, null, reasons, { kind: 'close', workId: item.workId })).toEqual({ kind: 'ignore' });
    expect(decideWorkAction(opened, null, reasons, { kind: 'accept', workId: item.workId })).toEqual({
      kind: 'ignore',
    });
  });

  it('asks for a reason only when none is being asked and reason codes exist', () => {
    expect(decideWorkAction(item, null, reasons, { kind: 'ask-reason', workId: item.workId })).toEqual({
      kind: 'ask-reason',
      workId: item.workId,
    });
    expect(decideWorkAction(item, asked, reasons, { kind: 'ask-reason', workId: item.workId })).toEqual({
      kind: 'ignore',
    });
    expect(
      decideWorkAction(item, null, { ok: false, problem: 'none' }, { kind: 'ask-reason', workId: item.workId }),
    ).toEqual({ kind: 'ignore' });
  });

  it('declines only the item asked about, with a known code, or without one where none is required', () => {
    const decline = (reason: string | null, question = asked, r = reasons) =>
      decideWorkAction(item, question, r, { kind: 'decline', workId: item.workId, reason });
    expect(decline('busy')).toEqual({ kind: 'call', call: 'decline', item, reason: 'busy' });
    expect(decline(null)).toEqual({ kind: 'reason-missing', workId: item.workId });
    expect(decline('')).toEqual({ kind: 'reason-missing', workId: item.workId });
    expect(decline('not a code')).toEqual({ kind: 'reason-missing', workId: item.workId });
    expect(decline('busy', { workId: 'another', missing: false })).toEqual({ kind: 'ignore' });
    expect(decline(null, asked, { ok: true, reasons: { ...reasons.reasons, required: false } })).toEqual({
      kind: 'call',
      call: 'decline',
      item,
    });
  });
});
