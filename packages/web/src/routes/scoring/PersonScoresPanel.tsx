import { useState } from 'react';
import {
  Alert,
  Card,
  Descriptions,
  Empty,
  Flex,
  Select,
  Spin,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import type { PersonMonth } from '@thidua/domain';
import { ApiError } from '../../api/client';
import { usePersonScores } from '../../api/scoring-hooks';
import { useEmulationYears } from '../../api/year-hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { pickYear } from '../../shell/pick-year';
import { useCommuneId } from '../../shell/commune-scope';
import { GradeTag, ProposalText, scoreText } from './grade-display';

const monthColumns: TableColumnsType<PersonMonth> = [
  { title: 'Tháng', dataIndex: 'month', width: 70 },
  { title: 'Tự chấm', key: 'self', width: 90, align: 'right', render: (_, m) => scoreText(m.selfScore) },
  {
    title: 'Thủ trưởng chấm',
    key: 'head',
    width: 130,
    align: 'right',
    render: (_, m) => scoreText(m.headScore),
  },
  {
    title: 'Người chấm',
    key: 'headScoredBy',
    render: (_, m) => (
      <>
        {m.headScoredBy ?? '—'}
        {m.headCorrectionReason && (
          <Typography.Text type="secondary" style={{ display: 'block' }}>
            Sửa điểm: {m.headCorrectionReason}
          </Typography.Text>
        )}
      </>
    ),
  },
  { title: 'Nhận xét', dataIndex: 'comment', render: (comment: string | null) => comment ?? '—' },
];

/**
 * One cadre's monthly scores and year grade, for the person page: a year picker (the newest open
 * year first), the months, the proposal, the confirmed grade and any discipline in the year.
 */
export function PersonScoresPanel({ personId }: { personId: string }) {
  const communeId = useCommuneId();
  const years = useEmulationYears(communeId);
  const [picked, setPicked] = useState<string | null>(null);
  const yearId = picked ?? (years.data && pickYear(years.data)?.id) ?? null;
  const scores = usePersonScores(communeId, yearId, personId);

  return (
    <Card
      title="Chấm điểm và xếp loại"
      extra={
        years.data &&
        years.data.length > 0 && (
          <Flex align="center" gap={8}>
            <label htmlFor={`person-scores-year-${personId}`}>Năm:</label>
            <Select
              id={`person-scores-year-${personId}`}
              value={yearId ?? undefined}
              onChange={setPicked}
              options={years.data.map((y) => ({ value: y.id, label: String(y.year) }))}
              style={{ minWidth: 100 }}
            />
          </Flex>
        )
      }
    >
      {years.isError && <ErrorAlert error={years.error} />}
      {years.data?.length === 0 && <Empty description="Xã, phường chưa có năm thi đua nào." />}
      {yearId && scores.isPending && <Spin description="Đang tải điểm…" />}
      {scores.isError &&
        (scores.error instanceof ApiError && scores.error.status === 403 ? (
          <Alert type="info" showIcon title="Bạn không được xem điểm của người này." />
        ) : (
          <ErrorAlert error={scores.error} />
        ))}
      {scores.data && (
        <Flex vertical gap={12}>
          <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
            <Descriptions.Item label="Số tháng đã chấm">{scores.data.summary.monthsScored}</Descriptions.Item>
            <Descriptions.Item label="Điểm trung bình">
              {scoreText(scores.data.summary.average)}
            </Descriptions.Item>
            <Descriptions.Item label="Đề xuất">
              <ProposalText summary={scores.data.summary} />
            </Descriptions.Item>
            <Descriptions.Item label="Xếp loại đã xác nhận">
              {scores.data.confirmed ? (
                <GradeTag grade={scores.data.confirmed.grade} />
              ) : (
                <Typography.Text type="secondary">Chưa xác nhận</Typography.Text>
              )}
            </Descriptions.Item>
            <Descriptions.Item label="Kỷ luật trong năm">
              {scores.data.disciplined ? <Tag color="red">Bị kỷ luật: không xét danh hiệu</Tag> : 'Không'}
            </Descriptions.Item>
          </Descriptions>
          <Table<PersonMonth>
            rowKey="month"
            size="small"
            columns={monthColumns}
            dataSource={scores.data.months}
            pagination={false}
          />
        </Flex>
      )}
    </Card>
  );
}
