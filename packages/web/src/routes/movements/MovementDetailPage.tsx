import { useState } from 'react';
import { Breadcrumb, Button, Card, Descriptions, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useParams } from 'react-router';
import {
  formatDateVi,
  formatNumberVi,
  LAUNCH_LEVEL_LABELS,
  MOVEMENT_REVIEW_KIND_LABELS,
  MOVEMENT_TYPE_LABELS,
  movementReviewStatusText,
  type MovementDetail,
  type MovementReviewView,
} from '@thidua/domain';
import { useMovement } from '../../api/movement-hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FileAttachments } from '../../components/FileAttachments';
import { PageHeader } from '../../components/PageHeader';
import { useYear } from '../../shell/year-scope';
import { useCommuneId } from '../../shell/commune-scope';
import { useFormTarget } from '../../shell/RecordFormModal';
import { MovementFormModal } from './MovementFormModal';
import { periodText, planText, useCanKeepMovementsAndPacts } from './movement-display';
import { ReviewFormModal, type ReviewTarget } from './ReviewFormModal';
import { ScopedLink } from '../../shell/links';
import { paths } from '../../shell/paths';

/** Long texts keep the officer's line breaks. */
const prose = (text: string | null) =>
  text ? (
    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{text}</Typography.Paragraph>
  ) : (
    '—'
  );

function movementFields(movement: MovementDetail) {
  return [
    { key: 'launchLevel', label: 'Cấp phát động', children: LAUNCH_LEVEL_LABELS[movement.launchLevel] },
    { key: 'type', label: 'Hình thức', children: MOVEMENT_TYPE_LABELS[movement.type] },
    { key: 'period', label: 'Thời gian', children: periodText(movement.startsOn, movement.endsOn) },
    { key: 'plan', label: 'Kế hoạch phát động', children: planText(movement.planNumber, movement.planDate) },
    { key: 'reviews', label: 'Sơ kết, tổng kết', children: movementReviewStatusText(movement.reviewState) },
    { key: 'participants', label: 'Đối tượng tham gia', span: 2, children: prose(movement.participants) },
    { key: 'criteria', label: 'Nội dung, tiêu chí thi đua', span: 2, children: prose(movement.criteria) },
  ];
}

/** The page of one movement: its launch, its plan document and files, its interim and final reviews. */
export function MovementDetailPage() {
  const { id = '' } = useParams();
  const movement = useMovement(useCommuneId(), useYear().id, id);
  const canKeep = useCanKeepMovementsAndPacts();
  const form = useFormTarget<MovementDetail>();

  const breadcrumb = (title: string) => (
    <Breadcrumb
      style={{ marginBottom: 12 }}
      items={[{ title: <ScopedLink to={paths.movements}>Phong trào thi đua</ScopedLink> }, { title }]}
    />
  );
  if (movement.isPending)
    return (
      <>
        {breadcrumb('Đang tải…')}
        <Skeleton active paragraph={{ rows: 6 }} />
      </>
    );
  if (movement.isError)
    return (
      <>
        {breadcrumb('Không mở được')}
        <ErrorAlert error={movement.error} />
      </>
    );

  const data = movement.data;
  return (
    <>
      {breadcrumb(data.name)}
      <PageHeader
        title={data.name}
        extra={
          canKeep && (
            <Button icon={<EditOutlined aria-hidden />} onClick={() => form.edit(data)}>
              Sửa phong trào
            </Button>
          )
        }
      />
      <Flex vertical gap={16}>
        <Card title="Thông tin phong trào">
          <Descriptions column={{ xs: 1, md: 2 }} items={movementFields(data)} />
        </Card>
        <Card title="Kế hoạch phát động và tệp đính kèm">
          <FileAttachments owner="movement" ownerId={data.id} canWrite={canKeep} />
        </Card>
        <ReviewsCard movement={data} canKeep={canKeep} />
      </Flex>
      <MovementFormModal target={form.target} onClose={form.close} />
    </>
  );
}

function ReviewsCard({ movement, canKeep }: { movement: MovementDetail; canKeep: boolean }) {
  const [target, setTarget] = useState<ReviewTarget>(null);
  const hasFinal = movement.reviewState.finalOn !== null;
  return (
    <Card
      title="Sơ kết, tổng kết"
      extra={
        canKeep && (
          <Flex gap={8} wrap>
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => setTarget({ kind: 'interim' })}>
              Thêm sơ kết
            </Button>
            <Button
              icon={<PlusOutlined aria-hidden />}
              disabled={hasFinal}
              title={hasFinal ? 'Phong trào đã có báo cáo tổng kết.' : undefined}
              onClick={() => setTarget({ kind: 'final' })}
            >
              Thêm tổng kết
            </Button>
          </Flex>
        )
      }
    >
      {movement.reviews.length === 0 ? (
        <Empty description="Phong trào chưa được sơ kết, tổng kết." />
      ) : (
        <Flex vertical gap={16}>
          {movement.reviews.map((review) => (
            <ReviewCard
              key={review.id}
              review={review}
              canKeep={canKeep}
              onEdit={() => setTarget({ review })}
            />
          ))}
        </Flex>
      )}
      <ReviewFormModal movementId={movement.id} target={target} onClose={() => setTarget(null)} />
    </Card>
  );
}

function ReviewCard({
  review,
  canKeep,
  onEdit,
}: {
  review: MovementReviewView;
  canKeep: boolean;
  onEdit: () => void;
}) {
  const kind = MOVEMENT_REVIEW_KIND_LABELS[review.kind];
  return (
    <Card
      type="inner"
      title={
        <Flex gap={8} align="center">
          <Tag color={review.kind === 'final' ? 'green' : 'blue'}>{kind}</Tag>
          ngày {formatDateVi(review.reviewedOn)}
        </Flex>
      }
      extra={
        canKeep && (
          <Button
            size="small"
            aria-label={`Sửa ${kind.toLowerCase()} ngày ${formatDateVi(review.reviewedOn)}`}
            onClick={onEdit}
          >
            Sửa
          </Button>
        )
      }
    >
      <Flex vertical gap={12}>
        {prose(review.results)}
        {review.figures.length > 0 && (
          <Descriptions
            size="small"
            bordered
            column={1}
            items={review.figures.map((figure, i) => ({
              key: i,
              label: figure.label,
              children: `${formatNumberVi(figure.value, 2)}${figure.unit ? ` ${figure.unit}` : ''}`,
            }))}
          />
        )}
        <Typography.Text strong>Báo cáo và tệp đính kèm</Typography.Text>
        <FileAttachments owner="movement_review" ownerId={review.id} canWrite={canKeep} />
      </Flex>
    </Card>
  );
}
