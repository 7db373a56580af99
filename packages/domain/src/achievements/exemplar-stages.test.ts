import { describe, expect, it } from 'vitest';
import { messageFor } from '../messages';
import {
  advanceExemplar,
  changeDiscoveredOn,
  exemplarSteps,
  nextExemplarStage,
  undoExemplarStage,
  type ExemplarProgress,
  type ExemplarStageOutcome,
} from './exemplar-stages';

const discovered = (overrides: Partial<ExemplarProgress> = {}): ExemplarProgress => ({
  stage: 'discovered',
  discoveredOn: '2026-03-02',
  nurturedOn: null,
  summarisedOn: null,
  replicatedOn: null,
  ...overrides,
});

const replicated = discovered({
  stage: 'replicated',
  nurturedOn: '2026-04-01',
  summarisedOn: '2026-09-15',
  replicatedOn: '2026-11-20',
});

function sentenceOf(outcome: ExemplarStageOutcome): string {
  if (outcome.ok) throw new Error('expected a refusal');
  return messageFor(outcome.problem.code, outcome.problem.params);
}

describe('advanceExemplar', () => {
  it('moves through phát hiện → bồi dưỡng → tổng kết → nhân rộng, recording each day', () => {
    let progress = discovered();
    for (const [stage, date] of [
      ['nurtured', '2026-04-01'],
      ['summarised', '2026-09-15'],
      ['replicated', '2026-11-20'],
    ] as const) {
      const outcome = advanceExemplar(progress, stage, date);
      if (!outcome.ok) throw new Error(sentenceOf(outcome));
      progress = outcome.progress;
    }
    expect(progress).toEqual(replicated);
  });

  it('accepts a stage reached on the same day as the previous one', () => {
    const outcome = advanceExemplar(discovered(), 'nurtured', '2026-03-02');
    expect(outcome).toEqual({
      ok: true,
      progress: discovered({ stage: 'nurtured', nurturedOn: '2026-03-02' }),
    });
  });

  it('refuses a day before the previous stage’s, naming both days', () => {
    const outcome = advanceExemplar(discovered(), 'nurtured', '2026-03-01');
    expect(sentenceOf(outcome)).toBe(
      'Ngày «Bồi dưỡng» (01/03/2026) không được trước ngày «Phát hiện» (02/03/2026).',
    );
  });

  it('refuses to skip a stage', () => {
    expect(sentenceOf(advanceExemplar(discovered(), 'summarised', '2026-05-01'))).toBe(
      'Điển hình đang ở giai đoạn «Phát hiện»: chỉ chuyển tiếp sang «Bồi dưỡng», không chuyển sang «Tổng kết».',
    );
  });

  it('refuses to go back or repeat the current stage', () => {
    const nurtured = discovered({ stage: 'nurtured', nurturedOn: '2026-04-01' });
    expect(advanceExemplar(nurtured, 'discovered', '2026-05-01')).toMatchObject({
      ok: false,
      problem: { code: 'EXEMPLAR_STAGE_NOT_NEXT' },
    });
    expect(advanceExemplar(nurtured, 'nurtured', '2026-05-01')).toMatchObject({
      ok: false,
      problem: { code: 'EXEMPLAR_STAGE_NOT_NEXT' },
    });
  });

  it('has nowhere to go once replicated', () => {
    expect(sentenceOf(advanceExemplar(replicated, 'replicated', '2026-12-01'))).toBe(
      'Điển hình đã ở giai đoạn cuối «Nhân rộng», không còn giai đoạn nào để chuyển.',
    );
  });
});

describe('undoExemplarStage', () => {
  it('takes back the last step and clears its day, keeping the earlier ones', () => {
    expect(undoExemplarStage(replicated)).toEqual({
      ok: true,
      progress: { ...replicated, stage: 'summarised', replicatedOn: null },
    });
  });

  it('lets the stage be reached again on another day after an undo', () => {
    const undone = undoExemplarStage(discovered({ stage: 'nurtured', nurturedOn: '2026-04-01' }));
    if (!undone.ok) throw new Error('undo refused');
    expect(advanceExemplar(undone.progress, 'nurtured', '2026-04-10')).toMatchObject({
      ok: true,
      progress: { stage: 'nurtured', nurturedOn: '2026-04-10' },
    });
  });

  it('has nothing to undo at the first stage', () => {
    expect(sentenceOf(undoExemplarStage(discovered()))).toBe(
      'Điển hình mới ở giai đoạn «Phát hiện»: không có bước nào để hoàn tác.',
    );
  });
});

describe('changeDiscoveredOn', () => {
  const nurtured = discovered({ stage: 'nurtured', nurturedOn: '2026-04-01' });

  it('moves the day of discovery up to the day of nurturing, not past it', () => {
    expect(changeDiscoveredOn(nurtured, '2026-04-01')).toMatchObject({ ok: true });
    expect(sentenceOf(changeDiscoveredOn(nurtured, '2026-04-02'))).toBe(
      'Ngày «Bồi dưỡng» (01/04/2026) không được trước ngày «Phát hiện» (02/04/2026).',
    );
  });

  it('is free while the exemplar is only discovered', () => {
    expect(changeDiscoveredOn(discovered(), '2026-12-31')).toEqual({
      ok: true,
      progress: discovered({ discoveredOn: '2026-12-31' }),
    });
  });
});

describe('exemplarSteps', () => {
  it('lists the four stages with the days reached so far', () => {
    const steps = exemplarSteps(discovered({ stage: 'nurtured', nurturedOn: '2026-04-01' }));
    expect(steps.map((s) => [s.label, s.date])).toEqual([
      ['Phát hiện', '2026-03-02'],
      ['Bồi dưỡng', '2026-04-01'],
      ['Tổng kết', null],
      ['Nhân rộng', null],
    ]);
  });

  it('names the next stage until the last', () => {
    expect(nextExemplarStage('discovered')).toBe('nurtured');
    expect(nextExemplarStage('summarised')).toBe('replicated');
    expect(nextExemplarStage('replicated')).toBeNull();
  });
});
