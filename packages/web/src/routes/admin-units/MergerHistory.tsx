import { Flex, List, Typography } from 'antd';
import { ADMIN_LEVEL_LABELS, formatDateVi } from '@thidua/domain';
import type { FormerUnit } from '../../api/types';

interface MergerGroup {
  effectiveDate: string;
  legalBasis: string;
  units: FormerUnit[];
}

/** Former units grouped by the merger (date and legal basis) that joined them. */
function groupByMerger(units: FormerUnit[]): MergerGroup[] {
  const groups = new Map<string, MergerGroup>();
  for (const unit of units) {
    const key = `${unit.effectiveDate}|${unit.legalBasis}`;
    const group = groups.get(key) ?? { effectiveDate: unit.effectiveDate, legalBasis: unit.legalBasis, units: [] };
    group.units.push(unit);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate));
}

export function MergerHistory({ formerUnits }: { formerUnits: FormerUnit[] }) {
  return (
    <Flex vertical gap={16}>
      {groupByMerger(formerUnits).map((group) => (
        <div key={`${group.effectiveDate}|${group.legalBasis}`}>
          <Typography.Paragraph style={{ marginBottom: 8 }}>
            Có hiệu lực từ ngày <Typography.Text strong>{formatDateVi(group.effectiveDate)}</Typography.Text>, theo{' '}
            {group.legalBasis}.
          </Typography.Paragraph>
          <List
            size="small"
            bordered
            dataSource={group.units}
            rowKey="code"
            renderItem={(unit) => (
              <List.Item>
                <Flex justify="space-between" gap={12} wrap style={{ width: '100%' }}>
                  <span>
                    <Typography.Text type="secondary">{unit.code}</Typography.Text> — {unit.name}
                  </span>
                  <Typography.Text type="secondary">{ADMIN_LEVEL_LABELS[unit.level]}</Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
        </div>
      ))}
    </Flex>
  );
}
