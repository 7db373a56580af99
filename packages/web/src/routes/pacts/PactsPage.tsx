import { Button, Descriptions, Empty, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { formatDateVi, type PactSummary } from '@thidua/domain';
import { usePacts } from '../../api/movement-hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FileAttachments } from '../../components/FileAttachments';
import { PageHeader } from '../../components/PageHeader';
import { useYear } from '../../shell/year-scope';
import { useCommuneId } from '../../shell/commune-scope';
import { useFormTarget } from '../../shell/RecordFormModal';
import { useCanKeepMovementsAndPacts } from '../movements/movement-display';
import { PactFormModal } from './PactFormModal';

const prose = (text: string | null) =>
  text ? (
    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{text}</Typography.Paragraph>
  ) : (
    '—'
  );

/** A pact opened in its row: what it commits to, each party's signatory and commitments, its files. */
function PactDetails({ pact, canKeep }: { pact: PactSummary; canKeep: boolean }) {
  return (
    <Flex vertical gap={16}>
      <Descriptions
        size="small"
        bordered
        column={1}
        items={[
          { key: 'commitments', label: 'Nội dung giao ước', children: prose(pact.commitments) },
          ...pact.parties.map((party) => ({
            key: party.unitId,
            label: party.unitName,
            children: (
              <Flex vertical gap={4}>
                <span>Người ký: {party.signatory}</span>
                {prose(party.commitments)}
              </Flex>
            ),
          })),
        ]}
      />
      <Typography.Text strong>Văn bản giao ước và tệp đính kèm</Typography.Text>
      <FileAttachments owner="pact" ownerId={pact.id} canWrite={canKeep} />
    </Flex>
  );
}

/** «Giao ước thi đua»: the pacts the chair signed with the commune's unions and organisations this year. */
export function PactsPage() {
  const year = useYear();
  const pacts = usePacts(useCommuneId(), year.id);
  const canKeep = useCanKeepMovementsAndPacts();
  const form = useFormTarget<PactSummary>();

  const columns: TableColumnsType<PactSummary> = [
    { title: 'Tên giao ước', dataIndex: 'name' },
    { title: 'Ngày ký', dataIndex: 'signedOn', width: 120, render: (date: string) => formatDateVi(date) },
    { title: 'Chủ tịch UBND ký', dataIndex: 'chairSignatory', width: 200 },
    {
      title: 'Các đơn vị ký kết',
      key: 'parties',
      render: (_, pact) => (
        <Flex gap={4} wrap>
          {pact.parties.map((party) => (
            <Tag key={party.unitId}>{party.unitName}</Tag>
          ))}
        </Flex>
      ),
    },
    ...(canKeep
      ? [
          {
            title: 'Thao tác',
            key: 'actions',
            width: 100,
            render: (_: unknown, pact: PactSummary) => (
              <Button size="small" aria-label={`Sửa giao ước ${pact.name}`} onClick={() => form.edit(pact)}>
                Sửa
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title="Giao ước thi đua"
        extra={
          canKeep && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={form.create}>
              Thêm giao ước
            </Button>
          )
        }
      />
      <Typography.Paragraph type="secondary">
        Giao ước thi đua năm {year.year} giữa Chủ tịch UBND và các cơ quan, ban, ngành, đoàn thể. Mở một dòng
        để xem cam kết của từng đơn vị và tệp đính kèm.
      </Typography.Paragraph>
      {pacts.isError && <ErrorAlert error={pacts.error} />}
      <Table<PactSummary>
        rowKey="id"
        columns={columns}
        dataSource={pacts.data ?? []}
        loading={pacts.isPending}
        pagination={false}
        scroll={{ x: 900 }}
        expandable={{ expandedRowRender: (pact) => <PactDetails pact={pact} canKeep={canKeep} /> }}
        locale={{
          emptyText: pacts.isPending ? (
            ' '
          ) : (
            <Empty description={`Chưa có giao ước thi đua nào trong năm ${year.year}.`}>
              {canKeep && '«Thêm giao ước» để ghi giao ước đã ký với các đoàn thể.'}
            </Empty>
          ),
        }}
      />
      <PactFormModal target={form.target} onClose={form.close} />
    </>
  );
}
