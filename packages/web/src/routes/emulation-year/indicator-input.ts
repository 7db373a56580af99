import type { IndicatorInput, IndicatorView } from '@thidua/domain';

/** The fields of an indicator as the API takes them back (its computed verdict left out). */
export function indicatorInputOf(indicator: IndicatorView): IndicatorInput {
  const { name, unit, field, direction, target, actual, source, periodTargetId } = indicator;
  return { name, unit, field, direction, target, actual, source, periodTargetId };
}
