import { useState } from 'react';
import {
  App,
  Button,
  Empty,
  Flex,
  Form,
  Input,
  Popconfirm,
  Select,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { DEFAULT_SCORING_SCALE, GRADE_LABELS, GRADES, type Grade, type YearGradeRow } from '@thidua/domain';
import { useConfirmGrade, useConfirmProposedGrades, useYearGrades } from '../../api/scoring-hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../shell/FormModal';
import { PageHeader } from '../../components/PageHeader';
import { useYear, useYearIsOpen } from '../../shell/year-scope';
import { useCommuneId } from '../../shell/commune-scope';
import { GradeTag, ProposalText, scoreText } from './grade-display';

const GRADE_OPTIONS = GRADES.map((g) => ({ value: g, label: GRADE_LABELS[g] }));

/**
 * «Xếp loại cuối năm»: the grade each cadre's months propose beside the one the officer confirmed,
 * with discipline flagged (a disciplined cadre holds no title whatever the grade).
 */
export function YearGradesPage() {
  const communeId = useCommuneId();
  const year = useYear();
  const isOpen = useYearIsOpen();
  const grades = useYearGrades(communeId, year.id);
  const confirmAll = useConfirmProposedGrades(communeId, year.id);
  const { message } = App.useApp();
  const [confirming, setConfirming] = useState<YearGradeRow | null>(null);
  const mayConfirm = isOpen && grades.data?.canConfirm === true;
  const pending = (grades.data?.rows ?? []).filter((r) => r.proposedGrade !== null && r.confirmed === null);

  const columns: TableColumnsType<YearGradeRow> = [
    {
      title: 'Họ và tên',
      key: 'name',
      width: 240,
      render: (_, row) => (
        <Flex vertical>
          <span>{row.fullName}</span>
          <Typography.Text type="secondary">{row.unitName ?? 'Chưa xếp đơn vị'}</Typography.Text>
        </Flex>
      ),
    },
    { title: 'Số tháng đã chấm', dataIndex: 'monthsScored', width: 110, align: 'right' },
    {
      title: 'Điểm TB',
      key: 'average',
      width: 90,
      align: 'right',
      render: (_, row) => scoreText(row.average),
    },
    { title: 'Đề xuất', key: 'proposal', render: (_, row) => <ProposalText summary={row} /> },
    {
      title: 'Xếp loại đã xác nhận',
      key: 'confirmed',
      render: (_, row) =>
        row.confirmed ? (
          <Flex vertical align="start">
            <GradeTag grade={row.confirmed.grade} />
            {row.confirmed.note && <Typography.Text type="secondary">{row.confirmed.note}</Typography.Text>}
          </Flex>
        ) : (
          <Typography.Text type="secondary">Chưa xác nhận</Typography.Text>
        ),
    },
    {
      title: 'Kỷ luật',
      key: 'disciplined',
      width: 130,
      render: (_, row) => (row.disciplined ? <Tag color="red">Bị kỷ luật trong năm</Tag> : '—'),
    },
    ...(mayConfirm
      ? [
          {
            title: 'Thao tác',
            key: 'actions',
            width: 110,
            render: (_: unknown, row: YearGradeRow) => (
              <Button
                size="small"
                aria-label={`Xác nhận xếp loại ${row.fullName}`}
                onClick={() => setConfirming(row)}
              >
                Xác nhận
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title="Xếp loại cuối năm"
        extra={
          mayConfirm && (
            <Popconfirm
              title={`Xác nhận ${pending.length} xếp loại theo đề xuất?`}
              description="Những người đã được xác nhận giữ nguyên xếp loại."
              okText="Xác nhận"
              cancelText="Hủy"
              disabled={pending.length === 0}
              onConfirm={() =>
                confirmAll.mutateAsync().then(
                  ({ confirmed }) => void message.success(`Đã xác nhận ${confirmed} xếp loại theo đề xuất.`),
                  // The error is shown above the table.
                  () => undefined,
                )
              }
            >
              <Button type="primary" disabled={pending.length === 0} loading={confirmAll.isPending}>
                Xác nhận tất cả đề xuất
              </Button>
            </Popconfirm>
          )
        }
      />
      <Typography.Paragraph type="secondary">
        Đề xuất tính từ điểm thủ trưởng chấm các tháng (cần ít nhất {DEFAULT_SCORING_SCALE.minimumMonths}{' '}
        tháng); cán bộ thi đua – khen thưởng xác nhận hoặc điều chỉnh.
      </Typography.Paragraph>
      {grades.isError && <ErrorAlert error={grades.error} />}
      {confirmAll.isError && <ErrorAlert error={confirmAll.error} />}
      <Table<YearGradeRow>
        rowKey="personId"
        columns={columns}
        dataSource={grades.data?.rows}
        loading={grades.isFetching}
        pagination={false}
        size="small"
        scroll={{ x: 900 }}
        locale={{ emptyText: <Empty description="Chưa có cán bộ, công chức nào." /> }}
      />
      <ConfirmGradeModal row={confirming} onClose={() => setConfirming(null)} />
    </>
  );
}

interface GradeValues {
  grade: Grade;
  note?: string | null;
}

function ConfirmGradeModal({ row, onClose }: { row: YearGradeRow | null; onClose: () => void }) {
  const communeId = useCommuneId();
  const year = useYear();
  const confirm = useConfirmGrade(communeId, year.id);
  const { message } = App.useApp();
  return (
    <FormModal<GradeValues>
      key={row?.personId}
      title={row ? `Xác nhận xếp loại năm ${year.year} – ${row.fullName}` : 'Xác nhận xếp loại'}
      okText="Xác nhận"
      open={row !== null}
      onClose={onClose}
      onSubmit={async (values) => {
        if (!row) return;
        await confirm.mutateAsync({
          personId: row.personId,
          input: { grade: values.grade, note: values.note ?? null },
        });
        void message.success(`Đã xác nhận xếp loại của ${row.fullName}.`);
      }}
      initialValues={{
        grade: row?.confirmed?.grade ?? row?.proposedGrade ?? undefined,
        note: row?.confirmed?.note ?? undefined,
      }}
    >
      {row && (
        <Typography.Paragraph>
          Đề xuất: <ProposalText summary={row} />
        </Typography.Paragraph>
      )}
      <Form.Item
        label="Xếp loại"
        name="grade"
        rules={[{ required: true, message: 'Vui lòng chọn xếp loại.' }]}
      >
        <Select options={GRADE_OPTIONS} />
      </Form.Item>
      <Form.Item label="Ghi chú" name="note">
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
