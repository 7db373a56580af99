import { Flex, Steps, Tag, Typography } from 'antd';
import {
  EXEMPLAR_SUBJECT_TYPE_LABELS,
  EXEMPLAR_STAGES,
  exemplarSteps,
  formatDateVi,
  INITIATIVE_LEVEL_LABELS,
  type ExemplarProgress,
  type ExemplarSubjectType,
  type InitiativeView,
} from '@thidua/domain';

export const optionalDate = (date: string | null) => (date ? formatDateVi(date) : '—');

const SUBJECT_COLORS: Record<ExemplarSubjectType, string> = {
  person: 'blue',
  unit: 'purple',
  household: 'green',
};

/** «Cá nhân», «Tập thể (đơn vị)» or «Hộ gia đình». */
export function SubjectTag({ type }: { type: ExemplarSubjectType }) {
  return <Tag color={SUBJECT_COLORS[type]}>{EXEMPLAR_SUBJECT_TYPE_LABELS[type]}</Tag>;
}

/** «Cấp cơ sở, 20/10/2026, QĐ 125/QĐ-UBND», or that it is not recognised yet. */
export function RecognitionText({ initiative }: { initiative: InitiativeView }) {
  if (!initiative.level) return <Typography.Text type="secondary">Chưa công nhận</Typography.Text>;
  return (
    <Flex vertical gap={2}>
      <span>
        <Tag color="gold">{INITIATIVE_LEVEL_LABELS[initiative.level]}</Tag>
        {optionalDate(initiative.recognisedOn)}
      </span>
      {initiative.decisionNumber && <small>Quyết định số {initiative.decisionNumber}</small>}
    </Flex>
  );
}

/** The four stages of an exemplar, the ones reached with their day. */
export function ExemplarStepsBar({
  progress,
  vertical = false,
}: {
  progress: ExemplarProgress;
  vertical?: boolean;
}) {
  return (
    <Steps
      size="small"
      orientation={vertical ? 'vertical' : 'horizontal'}
      current={EXEMPLAR_STAGES.indexOf(progress.stage)}
      // The last stage reached is under way, except the last of all: replicated is done.
      status={progress.stage === 'replicated' ? 'finish' : 'process'}
      items={exemplarSteps(progress).map((step) => ({
        title: step.label,
        content: step.date ? formatDateVi(step.date) : undefined,
      }))}
    />
  );
}
