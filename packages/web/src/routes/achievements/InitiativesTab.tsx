import { useState, type ReactNode } from 'react';
import { App, Button, Flex, Popconfirm, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { canManageOrganisation, canWriteInitiative, type InitiativeView } from '@thidua/domain';
import { errorMessage } from '../../api/client';
import { useRecogniseInitiative } from '../../api/achievement-hooks';
import { useCurrentUser } from '../../auth/session';
import { useYear, useYearIsOpen } from '../../shell/year-scope';
import { useCommuneId } from '../../shell/commune-scope';
import { useFormTarget } from '../../shell/RecordFormModal';
import { RecognitionText } from './honour-display';
import { ChoiceFilter, HonourTable, HonourToolbar, UnitFilter } from './HonourTable';
import { InitiativeFormModal } from './InitiativeFormModal';
import { RecognitionModal } from './RecognitionModal';
import { RecordDrawer } from './RecordDrawer';
import { useWriteScope } from '../../shell/ScopedPickers';

type Recognised = 'yes' | 'no';
const RECOGNISED_OPTIONS: { value: Recognised; label: string }[] = [
  { value: 'yes', label: 'Đã công nhận' },
  { value: 'no', label: 'Chưa công nhận' },
];

function initiativeFields(initiative: InitiativeView) {
  return [
    { key: 'author', label: 'Tác giả', children: initiative.authorName },
    { key: 'unit', label: 'Đơn vị', children: initiative.authorUnitName ?? 'Chưa xếp đơn vị' },
    { key: 'coAuthors', label: 'Đồng tác giả', children: initiative.coAuthors ?? '—' },
    { key: 'summary', label: 'Tóm tắt nội dung, hiệu quả', children: initiative.summary ?? '—' },
    { key: 'recognition', label: 'Công nhận', children: <RecognitionText initiative={initiative} /> },
  ];
}

/** «Bỏ công nhận»: clears the level, day and decision (a recognition recorded by mistake). */
function WithdrawRecognition({ initiative }: { initiative: InitiativeView }) {
  const recognise = useRecogniseInitiative(useCommuneId(), useYear().id);
  const { message } = App.useApp();
  return (
    <Popconfirm
      title={`Bỏ công nhận sáng kiến «${initiative.title}»?`}
      description="Cấp, ngày và số quyết định công nhận sẽ bị xóa."
      okText="Bỏ công nhận"
      cancelText="Không"
      onConfirm={async () => {
        try {
          await recognise.mutateAsync({
            id: initiative.id,
            recognition: { level: null, recognisedOn: null, decisionNumber: null },
          });
          void message.success(`Đã bỏ công nhận sáng kiến «${initiative.title}».`);
        } catch (error) {
          void message.error(errorMessage(error));
        }
      }}
    >
      <Button size="small" danger aria-label={`Bỏ công nhận sáng kiến ${initiative.title}`}>
        Bỏ công nhận
      </Button>
    </Popconfirm>
  );
}

/** «Sáng kiến»: the year's initiatives, filed by their authors and recognised by the officer. */
export function InitiativesTab() {
  const year = useYear();
  const isOpen = useYearIsOpen();
  const user = useCurrentUser();
  const scope = useWriteScope();
  const [recognised, setRecognised] = useState<Recognised | undefined>();
  const [unitId, setUnitId] = useState<string | undefined>();
  const [shown, setShown] = useState<InitiativeView | null>(null);
  const [recognising, setRecognising] = useState<InitiativeView | null>(null);
  const form = useFormTarget<InitiativeView>();
  const canAdd = isOpen && scope.kind !== 'none';
  const canRecognise = isOpen && canManageOrganisation(user.role);
  const canWrite = (initiative: InitiativeView) => isOpen && canWriteInitiative(user, initiative);

  const actionsOf = (initiative: InitiativeView): ReactNode => (
    <Flex gap={8} wrap>
      {canWrite(initiative) && (
        <Button
          size="small"
          aria-label={`Sửa sáng kiến ${initiative.title}`}
          onClick={() => form.edit(initiative)}
        >
          Sửa
        </Button>
      )}
      {canRecognise && (
        <Button
          size="small"
          aria-label={`Công nhận sáng kiến ${initiative.title}`}
          onClick={() => setRecognising(initiative)}
        >
          {initiative.level ? 'Sửa công nhận' : 'Công nhận'}
        </Button>
      )}
      {canRecognise && initiative.level && <WithdrawRecognition initiative={initiative} />}
    </Flex>
  );

  const columns: TableColumnsType<InitiativeView> = [
    {
      title: 'Tên sáng kiến',
      key: 'title',
      render: (_, initiative) => (
        <Button
          type="link"
          style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
          onClick={() => setShown(initiative)}
        >
          {initiative.title}
        </Button>
      ),
    },
    {
      title: 'Tác giả',
      key: 'author',
      width: 240,
      render: (_, initiative) => (
        <Flex vertical gap={2}>
          <span>{initiative.authorName}</span>
          {initiative.authorUnitName && <small>{initiative.authorUnitName}</small>}
          {initiative.coAuthors && <small>Đồng tác giả: {initiative.coAuthors}</small>}
        </Flex>
      ),
    },
    {
      title: 'Công nhận',
      key: 'recognition',
      width: 220,
      render: (_, initiative) => <RecognitionText initiative={initiative} />,
    },
    { title: 'Thao tác', key: 'actions', width: 250, render: (_, initiative) => actionsOf(initiative) },
  ];

  return (
    <>
      <HonourToolbar
        filters={
          <>
            <ChoiceFilter
              label="Lọc theo công nhận"
              value={recognised}
              onChange={setRecognised}
              options={RECOGNISED_OPTIONS}
            />
            <UnitFilter value={unitId} onChange={setUnitId} />
          </>
        }
        action={
          canAdd && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={form.create}>
              Đăng ký sáng kiến
            </Button>
          )
        }
      />
      <HonourTable
        key={`${recognised}-${unitId}`}
        kind="initiatives"
        filters={{ recognised, unitId }}
        columns={columns}
        nothingYet={`Chưa có sáng kiến nào trong năm ${year.year}.`}
        addLabel="Đăng ký sáng kiến"
        onAdd={canAdd ? form.create : undefined}
      />
      <RecordDrawer
        title={shown && `Sáng kiến «${shown.title}»`}
        onClose={() => setShown(null)}
        items={shown ? initiativeFields(shown) : []}
        files={shown && { owner: 'initiative', ownerId: shown.id, canWrite: canWrite(shown) }}
      />
      <InitiativeFormModal target={form.target} onClose={form.close} />
      <RecognitionModal initiative={recognising} onClose={() => setRecognising(null)} />
    </>
  );
}
