import { useState } from 'react';
import { App, Alert, Form, Input, InputNumber, Radio, Spin, Typography } from 'antd';
import {
  DEFAULT_SCORING_SCALE,
  formatNumberVi,
  type CriterionPoints,
  type PersonMonth,
  type ScoredPerson,
  type ScoringSheet,
} from '@thidua/domain';
import { usePersonScores, useSaveMonthScore, type ScoreSide } from '../../api/scoring-hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../shell/FormModal';
import { useYear } from '../../shell/year-scope';
import { useCommuneId } from '../../shell/commune-scope';
import type { MonthSides } from './score-sides';

/** The month to score, with what the user may score of it (`monthSidesFor`). */
export type ScoreTarget = MonthSides & { person: ScoredPerson; month: number };

interface MonthValues {
  points: CriterionPoints;
  comment?: string | null;
  reason?: string | null;
}

const SIDE_LABELS: Record<ScoreSide, string> = { head: 'Thủ trưởng chấm', self: 'Tự chấm' };

const pointsOf = (month: PersonMonth | undefined, side: ScoreSide) =>
  (side === 'head' ? month?.headPoints : month?.selfPoints) ?? undefined;

/**
 * One month of one cadre scored by criterion: an input per criterion with its maximum, the total
 * as it is typed. The head sees the self-score beside each criterion.
 */
export function ScoreMonthModal({ target, onClose }: { target: ScoreTarget | null; onClose: () => void }) {
  const communeId = useCommuneId();
  const year = useYear();
  const save = useSaveMonthScore(communeId, year.id);
  const { message } = App.useApp();
  const sides = target?.sides ?? [];
  const [side, setSide] = useState<ScoreSide>('head');
  const chosen = sides.includes(side) ? side : (sides[0] ?? 'self');

  const handleSubmit = async (values: MonthValues) => {
    if (!target) return;
    await save.mutateAsync({
      personId: target.person.personId,
      month: target.month,
      side: chosen,
      input: {
        points: values.points,
        comment: chosen === 'head' ? (values.comment ?? null) : null,
        reason: chosen === 'head' && target.correction ? (values.reason ?? null) : null,
      },
    });
    void message.success(`Đã lưu điểm tháng ${target.month} của ${target.person.fullName}.`);
  };

  return (
    <FormModal<MonthValues>
      key={target ? `${target.person.personId}-${target.month}` : 'none'}
      title={
        target ? `Chấm điểm tháng ${target.month}/${year.year} – ${target.person.fullName}` : 'Chấm điểm'
      }
      okText="Lưu"
      open={target !== null}
      onClose={() => {
        setSide('head');
        onClose();
      }}
      onSubmit={handleSubmit}
      width={640}
    >
      {target && (
        <MonthFields
          communeId={communeId}
          yearId={year.id}
          target={target}
          sides={sides}
          side={chosen}
          onSide={setSide}
        />
      )}
    </FormModal>
  );
}

function MonthFields({
  communeId,
  yearId,
  target,
  sides,
  side,
  onSide,
}: {
  communeId: string;
  yearId: string;
  target: ScoreTarget;
  sides: ScoreSide[];
  side: ScoreSide;
  onSide: (side: ScoreSide) => void;
}) {
  const form = Form.useFormInstance<MonthValues>();
  const scores = usePersonScores(communeId, yearId, target.person.personId);
  if (scores.isPending) return <Spin description="Đang tải điểm đã chấm…" />;
  if (scores.isError) return <ErrorAlert error={scores.error} />;
  const month = scores.data.months.find((m) => m.month === target.month);

  const switchSide = (next: ScoreSide) => {
    onSide(next);
    form.resetFields();
    form.setFieldsValue({ points: pointsOf(month, next) ?? {}, comment: month?.comment ?? null });
  };

  return (
    <>
      {sides.length > 1 && (
        <Form.Item label="Người chấm">
          <Radio.Group
            aria-label="Người chấm"
            value={side}
            onChange={(e) => switchSide(e.target.value as ScoreSide)}
            optionType="button"
            options={sides.map((s) => ({ value: s, label: SIDE_LABELS[s] }))}
          />
        </Form.Item>
      )}
      {sides.length === 1 && (
        <Typography.Paragraph type="secondary">{SIDE_LABELS[side]}</Typography.Paragraph>
      )}
      <CriterionInputs sheet={scores.data.sheet} side={side} month={month} />
      {side === 'head' && (
        <Form.Item label="Nhận xét" name="comment" initialValue={month?.comment ?? undefined}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      )}
      {side === 'head' && target.correction && (
        <Form.Item
          label="Lý do sửa điểm"
          name="reason"
          extra={`Sửa điểm thủ trưởng đã chấm${month?.headScoredBy ? ` (${month.headScoredBy})` : ''}; lý do được ghi vào nhật ký.`}
          rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập lý do sửa điểm.' }]}
        >
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      )}
    </>
  );
}

function CriterionInputs({
  sheet,
  side,
  month,
}: {
  sheet: ScoringSheet;
  side: ScoreSide;
  month: PersonMonth | undefined;
}) {
  const initial = pointsOf(month, side);
  const selfPoints = side === 'head' ? month?.selfPoints : null;
  return (
    <>
      {sheet.criteria.map((c) => (
        <Form.Item
          key={c.code}
          label={c.name}
          name={['points', c.code]}
          initialValue={initial?.[c.code]}
          rules={[{ required: true, message: `Vui lòng chấm «${c.name}».` }]}
          extra={[
            `Tối đa ${formatNumberVi(c.maxPoints)} điểm`,
            selfPoints?.[c.code] !== undefined ? `tự chấm ${formatNumberVi(selfPoints[c.code]!)}` : null,
          ]
            .filter(Boolean)
            .join('; ')}
        >
          <InputNumber min={0} max={c.maxPoints} step={0.5} decimalSeparator="," style={{ width: 160 }} />
        </Form.Item>
      ))}
      <LiveTotal sheet={sheet} />
    </>
  );
}

function LiveTotal({ sheet }: { sheet: ScoringSheet }) {
  const points = Form.useWatch<CriterionPoints | undefined>('points');
  const total = sheet.criteria.reduce((sum, c) => sum + (Number(points?.[c.code]) || 0), 0);
  return (
    <Alert
      type="info"
      role="status"
      title={`Tổng điểm: ${formatNumberVi(total)} / ${DEFAULT_SCORING_SCALE.maxPoints}`}
      style={{ marginBottom: 8 }}
    />
  );
}
