import { useState } from 'react';
import { Button, Empty, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { canEditScoringSettings, canReadAllScores, type ScoreCell, type ScoreTableRow } from '@thidua/domain';
import { ApiError } from '../../api/client';
import { useScoreTable } from '../../api/scoring-hooks';
import { useCurrentUser } from '../../auth/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { UnitPicker } from '../../shell/RecordPickers';
import { useYear, useYearIsOpen } from '../../shell/year-scope';
import { useCommuneId } from '../../shell/commune-scope';
import { scoreText } from './grade-display';
import { monthSidesFor } from './score-sides';
import { ScoreMonthModal, type ScoreTarget } from './ScoreMonthModal';
import { ScoringSheetModal } from './ScoringSheetModal';
import './scoring.css';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** The head's score, the self-score small beside it. */
function CellScores({ cell }: { cell: ScoreCell | undefined }) {
  if (!cell || (cell.headScore === null && cell.selfScore === null)) return <span aria-hidden>—</span>;
  return (
    <span className="scoring-cell">
      <strong>{scoreText(cell.headScore)}</strong>
      <Typography.Text type="secondary" className="scoring-cell-self" title="Điểm tự chấm">
        {scoreText(cell.selfScore)}
      </Typography.Text>
    </span>
  );
}

/**
 * «Chấm điểm hằng tháng»: a row per cadre the user may see, a column per month showing the head's
 * score with the self-score beside it. A cell the user may score opens the scoring form.
 */
export function MonthlyScoresPage() {
  const communeId = useCommuneId();
  const year = useYear();
  const isOpen = useYearIsOpen();
  const user = useCurrentUser();
  const [unitId, setUnitId] = useState<string | null>(null);
  const [target, setTarget] = useState<ScoreTarget | null>(null);
  const [editingSheet, setEditingSheet] = useState(false);
  const table = useScoreTable(communeId, year.id, unitId);
  const lastMonth = table.data?.lastScorableMonth ?? 0;

  const monthColumn = (month: number): TableColumnsType<ScoreTableRow>[number] => ({
    title: `T${month}`,
    key: `m${month}`,
    width: 76,
    align: 'center',
    render: (_, row) => {
      const cell = row.months.find((m) => m.month === month);
      const allowed = monthSidesFor(user, row, table.data!, { headScore: cell?.headScore ?? null });
      const mayScore = isOpen && month <= lastMonth && allowed.sides.length > 0;
      if (!mayScore) return <CellScores cell={cell} />;
      return (
        <Button
          type="text"
          size="small"
          aria-label={`Chấm điểm ${row.fullName} tháng ${month}`}
          onClick={() => setTarget({ person: row, month, ...allowed })}
        >
          <CellScores cell={cell} />
        </Button>
      );
    },
  });

  const columns: TableColumnsType<ScoreTableRow> = [
    {
      title: 'Họ và tên',
      key: 'name',
      fixed: 'left',
      width: 220,
      render: (_, row) => (
        <Flex vertical>
          <span>
            {row.fullName} {row.personId === user.personId && <Tag color="blue">Bạn</Tag>}
          </span>
          <Typography.Text type="secondary">{row.unitName ?? 'Chưa xếp đơn vị'}</Typography.Text>
        </Flex>
      ),
    },
    ...MONTHS.map(monthColumn),
    {
      title: 'Điểm TB',
      key: 'average',
      width: 80,
      align: 'right',
      render: (_, row) => scoreText(row.average),
    },
  ];

  return (
    <>
      <PageHeader
        title="Chấm điểm hằng tháng"
        extra={
          canEditScoringSettings(user.role) && (
            <Button onClick={() => setEditingSheet(true)}>Phiếu chấm điểm</Button>
          )
        }
      />
      <Flex align="center" gap={8} wrap style={{ marginBottom: 12 }}>
        {canReadAllScores(user.role) && (
          <>
            <label htmlFor="score-unit-filter">Đơn vị:</label>
            <div style={{ minWidth: 260 }}>
              <UnitPicker
                communeId={communeId}
                id="score-unit-filter"
                value={unitId}
                onChange={setUnitId}
                allowClear
                placeholder="Tất cả đơn vị"
              />
            </div>
          </>
        )}
        <Typography.Text type="secondary">
          Mỗi ô: điểm thủ trưởng chấm (đậm) và điểm tự chấm bên cạnh. Bấm vào ô để chấm điểm.
        </Typography.Text>
      </Flex>
      {table.isError &&
        (table.error instanceof ApiError && table.error.status === 403 ? (
          <Empty description="Tài khoản của bạn chưa gắn với hồ sơ cán bộ nên chưa có bảng điểm. Hãy liên hệ cán bộ thi đua – khen thưởng." />
        ) : (
          <ErrorAlert error={table.error} />
        ))}
      {!table.isError && (
        <Table<ScoreTableRow>
          rowKey="personId"
          columns={columns}
          dataSource={table.data?.rows}
          loading={table.isFetching}
          pagination={false}
          scroll={{ x: 220 + 12 * 76 + 80 }}
          size="small"
          rowClassName={(row) => (row.personId === user.personId ? 'scoring-own-row' : '')}
          locale={{ emptyText: <Empty description="Chưa có cán bộ, công chức nào để chấm điểm." /> }}
        />
      )}
      <ScoreMonthModal target={target} onClose={() => setTarget(null)} />
      <ScoringSheetModal open={editingSheet} onClose={() => setEditingSheet(false)} />
    </>
  );
}
