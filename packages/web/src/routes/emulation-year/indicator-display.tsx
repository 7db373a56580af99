import type { ReactNode } from 'react';
import { InputNumber, Tag, type InputNumberProps } from 'antd';
import { formatNumberVi, INDICATOR_VERDICT_LABELS, type IndicatorVerdict } from '@thidua/domain';

const VERDICT_COLORS: Record<Exclude<IndicatorVerdict, 'chua_danh_gia'>, string> = {
  vuot: 'green',
  dat: 'blue',
  chua_dat: 'red',
};

/** «Vượt», «Đạt», «Chưa đạt»; a dash while the target or the actual is missing. */
export function VerdictTag({ verdict }: { verdict: IndicatorVerdict }) {
  if (verdict === 'chua_danh_gia') return <span title="Chưa đánh giá">—</span>;
  const label = INDICATOR_VERDICT_LABELS[verdict];
  return <Tag color={VERDICT_COLORS[verdict]}>{label.charAt(0).toUpperCase() + label.slice(1)}</Tag>;
}

/** A target or actual as the reports write it (1.234,56), or a dash when missing. */
export function formatFigure(value: number | null, unit?: string | null): string {
  if (value === null) return '—';
  const figure = formatNumberVi(value, 4);
  return unit ? `${figure} ${unit}` : figure;
}

/** A figure typed the Vietnamese way: a comma before the decimals (8,5). */
export function FigureInput(props: InputNumberProps<number>) {
  return <InputNumber<number> decimalSeparator="," style={{ width: '100%' }} {...props} />;
}

const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

/**
 * Text for screen readers only. A button named by its (hidden) text rather than an aria-label is
 * not mistaken for a form field's label («Thực hiện») by label lookups.
 */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span style={VISUALLY_HIDDEN}>{children}</span>;
}
