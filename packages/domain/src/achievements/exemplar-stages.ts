/**
 * An advanced exemplar (điển hình tiên tiến) is found, nurtured, summed up and replicated — the
 * four steps the ward reports name («phát hiện, bồi dưỡng, tổng kết và nhân rộng»). It moves one
 * stage at a time, each dated no earlier than the one before; only the last step may be undone.
 */
import * as z from 'zod';
import { formatDateVi } from '../format';
import { EXEMPLAR_STAGE_LABELS, EXEMPLAR_STAGES, type ExemplarStage } from '../emulation-year/year-records';

export const ExemplarProgressSchema = z.object({
  stage: z.enum(EXEMPLAR_STAGES).describe('Giai đoạn'),
  discoveredOn: z.string().describe('Ngày phát hiện'),
  nurturedOn: z.string().nullable().describe('Ngày bồi dưỡng'),
  summarisedOn: z.string().nullable().describe('Ngày tổng kết'),
  replicatedOn: z.string().nullable().describe('Ngày nhân rộng'),
});
export type ExemplarProgress = z.infer<typeof ExemplarProgressSchema>;

/** The field holding the day each stage was reached. */
export const EXEMPLAR_STAGE_DATE_FIELDS = {
  discovered: 'discoveredOn',
  nurtured: 'nurturedOn',
  summarised: 'summarisedOn',
  replicated: 'replicatedOn',
} as const satisfies Record<ExemplarStage, keyof ExemplarProgress>;

export type ExemplarStageProblem =
  | { code: 'EXEMPLAR_STAGE_NOT_NEXT'; params: { current: string; next: string; wanted: string } }
  | { code: 'EXEMPLAR_ALREADY_FINAL'; params: { current: string } }
  | {
      code: 'EXEMPLAR_STAGE_DATE_TOO_EARLY';
      params: { stage: string; date: string; previous: string; previousDate: string };
    }
  | { code: 'EXEMPLAR_NOTHING_TO_UNDO'; params: { current: string } };

export type ExemplarStageOutcome =
  { ok: true; progress: ExemplarProgress } | { ok: false; problem: ExemplarStageProblem };

const label = (stage: ExemplarStage) => EXEMPLAR_STAGE_LABELS[stage];
const indexOf = (stage: ExemplarStage) => EXEMPLAR_STAGES.indexOf(stage);

function dateOf(progress: ExemplarProgress, stage: ExemplarStage): string | null {
  return progress[EXEMPLAR_STAGE_DATE_FIELDS[stage]];
}

function tooEarly(
  stage: ExemplarStage,
  date: string,
  previous: ExemplarStage,
  previousDate: string,
): ExemplarStageOutcome {
  return {
    ok: false,
    problem: {
      code: 'EXEMPLAR_STAGE_DATE_TOO_EARLY',
      params: {
        stage: label(stage),
        date: formatDateVi(date),
        previous: label(previous),
        previousDate: formatDateVi(previousDate),
      },
    },
  };
}

/**
 * Moves the exemplar to `stage` on `date`. Refused (EXEMPLAR_STAGE_NOT_NEXT) unless `stage` is the
 * one right after the current stage, when the last stage is already reached (EXEMPLAR_ALREADY_FINAL),
 * or when `date` is before the day of the current stage (EXEMPLAR_STAGE_DATE_TOO_EARLY).
 */
export function advanceExemplar(
  current: ExemplarProgress,
  stage: ExemplarStage,
  date: string,
): ExemplarStageOutcome {
  const next = EXEMPLAR_STAGES[indexOf(current.stage) + 1];
  if (!next) {
    return {
      ok: false,
      problem: { code: 'EXEMPLAR_ALREADY_FINAL', params: { current: label(current.stage) } },
    };
  }
  if (stage !== next) {
    return {
      ok: false,
      problem: {
        code: 'EXEMPLAR_STAGE_NOT_NEXT',
        params: { current: label(current.stage), next: label(next), wanted: label(stage) },
      },
    };
  }
  const previousDate = dateOf(current, current.stage)!;
  if (date < previousDate) return tooEarly(stage, date, current.stage, previousDate);
  return { ok: true, progress: { ...current, stage, [EXEMPLAR_STAGE_DATE_FIELDS[stage]]: date } };
}

/** Takes back the last step (its date is cleared); nothing to undo while only discovered (EXEMPLAR_NOTHING_TO_UNDO). */
export function undoExemplarStage(current: ExemplarProgress): ExemplarStageOutcome {
  const previous = EXEMPLAR_STAGES[indexOf(current.stage) - 1];
  if (!previous) {
    return {
      ok: false,
      problem: { code: 'EXEMPLAR_NOTHING_TO_UNDO', params: { current: label(current.stage) } },
    };
  }
  return {
    ok: true,
    progress: { ...current, stage: previous, [EXEMPLAR_STAGE_DATE_FIELDS[current.stage]]: null },
  };
}

/** Corrects the day of discovery; it may not move past the day the exemplar was nurtured. */
export function changeDiscoveredOn(current: ExemplarProgress, discoveredOn: string): ExemplarStageOutcome {
  if (current.nurturedOn !== null && current.nurturedOn < discoveredOn) {
    return tooEarly('nurtured', current.nurturedOn, 'discovered', discoveredOn);
  }
  return { ok: true, progress: { ...current, discoveredOn } };
}

export interface ExemplarStageStep {
  stage: ExemplarStage;
  label: string;
  /** The day it was reached, or null for a stage still ahead. */
  date: string | null;
}

/** The four stages in order with the day each was reached: what a progress bar shows. */
export function exemplarSteps(progress: ExemplarProgress): ExemplarStageStep[] {
  return EXEMPLAR_STAGES.map((stage) => ({
    stage,
    label: label(stage),
    date: indexOf(stage) <= indexOf(progress.stage) ? dateOf(progress, stage) : null,
  }));
}

/** The stage that would come next, or null once replicated. */
export function nextExemplarStage(stage: ExemplarStage): ExemplarStage | null {
  return EXEMPLAR_STAGES[indexOf(stage) + 1] ?? null;
}
