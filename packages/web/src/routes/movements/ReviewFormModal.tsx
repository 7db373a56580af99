import { App, Button, Flex, Form, Input, InputNumber, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import {
  MOVEMENT_REVIEW_KIND_LABELS,
  MOVEMENT_REVIEW_KINDS,
  type MovementReviewInput,
  type MovementReviewKind,
  type MovementReviewView,
} from '@thidua/domain';
import { useSaveMovementReview } from '../../api/movement-hooks';
import { FormModal } from '../../shell/FormModal';
import { useYear } from '../../shell/year-scope';
import { useCommuneId } from '../../shell/commune-scope';
import { DateInput, fromIsoDate, toIsoDate } from '../../shell/record-fields';

interface FigureValues {
  label: string;
  value: number;
  unit?: string;
}

interface ReviewValues {
  kind: MovementReviewKind;
  reviewedOn: Dayjs;
  results: string;
  figures?: FigureValues[];
}

/** Which review form is open: a new one of a kind, or an existing review. */
export type ReviewTarget = { review: MovementReviewView } | { kind: MovementReviewKind } | null;

const KIND_OPTIONS = MOVEMENT_REVIEW_KINDS.map((kind) => ({
  value: kind,
  label: MOVEMENT_REVIEW_KIND_LABELS[kind],
}));

function valuesOf(target: Exclude<ReviewTarget, null>): Partial<ReviewValues> {
  if ('kind' in target) return { kind: target.kind, figures: [] };
  const { review } = target;
  return {
    kind: review.kind,
    reviewedOn: fromIsoDate(review.reviewedOn),
    results: review.results,
    figures: review.figures.map((f) => ({ label: f.label, value: f.value, unit: f.unit ?? undefined })),
  };
}

function toInput(values: ReviewValues): MovementReviewInput {
  return {
    kind: values.kind,
    reviewedOn: toIsoDate(values.reviewedOn)!,
    results: values.results.trim(),
    figures: (values.figures ?? []).map((f) => ({
      label: f.label.trim(),
      value: f.value,
      unit: f.unit?.trim() || null,
    })),
  };
}

/** «Sơ kết» or «Tổng kết» of a movement: its date, results in words, and the figures the report quotes. */
export function ReviewFormModal({
  movementId,
  target,
  onClose,
}: {
  movementId: string;
  target: ReviewTarget;
  onClose: () => void;
}) {
  const save = useSaveMovementReview(useCommuneId(), useYear().id, movementId);
  const { message } = App.useApp();
  const review = target && 'review' in target ? target.review : null;
  const kind = target && ('kind' in target ? target.kind : target.review.kind);

  const handleSubmit = async (values: ReviewValues) => {
    await save.mutateAsync({ id: review?.id, input: toInput(values) });
    void message.success(`Đã lưu kết quả ${MOVEMENT_REVIEW_KIND_LABELS[values.kind].toLowerCase()}.`);
  };

  return (
    <FormModal<ReviewValues>
      key={review?.id ?? kind ?? 'closed'}
      title={
        review
          ? `Sửa ${MOVEMENT_REVIEW_KIND_LABELS[review.kind].toLowerCase()}`
          : `Thêm ${kind ? MOVEMENT_REVIEW_KIND_LABELS[kind].toLowerCase() : ''}`
      }
      okText="Lưu"
      open={target !== null}
      onClose={onClose}
      onSubmit={handleSubmit}
      initialValues={target ? valuesOf(target) : {}}
      width={760}
    >
      <Flex gap={16} wrap>
        <Form.Item
          label="Loại"
          name="kind"
          rules={[{ required: true, message: 'Vui lòng chọn sơ kết hoặc tổng kết.' }]}
          style={{ minWidth: 200 }}
        >
          <Select options={KIND_OPTIONS} />
        </Form.Item>
        <Form.Item
          label="Ngày sơ kết, tổng kết"
          name="reviewedOn"
          rules={[{ required: true, message: 'Vui lòng nhập ngày sơ kết, tổng kết.' }]}
          style={{ minWidth: 220 }}
        >
          <DateInput />
        </Form.Item>
      </Flex>
      <Form.Item
        label="Kết quả"
        name="results"
        rules={[
          { required: true, whitespace: true, message: 'Vui lòng nhập kết quả.' },
          { max: 20000, message: 'Kết quả dài tối đa 20.000 ký tự.' },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} />
      </Form.Item>
      <Typography.Text strong>Số liệu</Typography.Text>
      <Form.List name="figures">
        {(fields, { add, remove }) => (
          <Flex vertical gap={4} style={{ marginTop: 8 }}>
            {fields.map((field, index) => (
              <Flex key={field.key} gap={8} align="start" wrap>
                <Form.Item
                  name={[field.name, 'label']}
                  label={`Nội dung số liệu ${index + 1}`}
                  rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập nội dung số liệu.' }]}
                  style={{ flex: '1 1 260px', marginBottom: 8 }}
                >
                  <Input placeholder="Ví dụ: Hộ thoát nghèo" autoComplete="off" />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'value']}
                  label={`Số liệu ${index + 1}`}
                  rules={[{ required: true, message: 'Vui lòng nhập số liệu.' }]}
                  style={{ width: 150, marginBottom: 8 }}
                >
                  <InputNumber decimalSeparator="," style={{ width: '100%' }} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'unit']}
                  label={`Đơn vị tính ${index + 1}`}
                  style={{ width: 130, marginBottom: 8 }}
                >
                  <Input placeholder="hộ, %, người" autoComplete="off" />
                </Form.Item>
                <Button
                  danger
                  icon={<DeleteOutlined aria-hidden />}
                  aria-label={`Bỏ số liệu ${index + 1}`}
                  onClick={() => remove(field.name)}
                  style={{ marginTop: 30 }}
                />
              </Flex>
            ))}
            <Button
              icon={<PlusOutlined aria-hidden />}
              onClick={() => add({})}
              style={{ alignSelf: 'start' }}
            >
              Thêm số liệu
            </Button>
          </Flex>
        )}
      </Form.List>
    </FormModal>
  );
}
