import { Flex, Table, Typography, type TableColumnsType } from 'antd';
import { ADMIN_LEVEL_LABELS, formatDateVi } from '@thidua/domain';
import type { FormerUnit } from '../../api/types';

interface MergerGroup {
  key: string;
  effectiveDate: string;
  legalBasis: string;
  units: FormerUnit[];
}

/** Former units grouped by the merger (date and legal basis) that joined them. */
function groupByMerger(units: FormerUnit[]): MergerGroup[] {
  const groups = new Map<string, MergerGroup>();
  for (const unit of units) {
    const key = `${unit.effectiveDate}|${unit.legalBasis}`;
    const group = groups.get(key) ?? {
      key,
      effectiveDate: unit.effectiveDate,
      legalBasis: unit.legalBasis,
      units: [],
    };
    group.units.push(unit);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate));
}

const columns: TableColumnsType<FormerUnit> = [
  { title: 'Mã', dataIndex: 'code', width: 90 },
  { title: 'Tên đơn vị cũ', dataIndex: 'name' },
  {
    title: 'Cấp',
    dataIndex: 'level',
    width: 110,
    render: (level: FormerUnit['level']) => ADMIN_LEVEL_LABELS[level],
  },
];

export function MergerHistory({ formerUnits }: { formerUnits: FormerUnit[] }) {
  return (
    <Flex vertical gap={16}>
      {groupByMerger(formerUnits).map((group) => (
        <div key={group.key}>
          <Typography.Paragraph style={{ marginBottom: 8 }}>
            Có hiệu lực từ ngày <Typography.Text strong>{formatDateVi(group.effectiveDate)}</Typography.Text>,
            theo {group.legalBasis}.
          </Typography.Paragraph>
          <Table<FormerUnit>
            size="small"
            rowKey="code"
            columns={columns}
            dataSource={group.units}
            pagination={false}
            bordered
          />
        </div>
      ))}
    </Flex>
  );
}
