import { useState, type ReactNode } from 'react';
import { App, Button, Flex, Popconfirm, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import {
  canManageEmulationYear,
  canManageOrganisation,
  EXEMPLAR_STAGE_LABELS,
  EXEMPLAR_STAGES,
  EXEMPLAR_SUBJECT_TYPE_LABELS,
  EXEMPLAR_SUBJECT_TYPES,
  nextExemplarStage,
  type ExemplarStage,
  type ExemplarSubjectType,
  type ExemplarView,
} from '@thidua/domain';
import { errorMessage } from '../../api/client';
import { useMoveExemplar } from '../../api/achievement-hooks';
import { useCurrentUser } from '../../auth/session';
import { useYear, useYearIsOpen } from '../../shell/year-scope';
import { useCommuneId } from '../../shell/commune-scope';
import { useFormTarget } from '../../shell/RecordFormModal';
import { AdvanceStageModal } from './AdvanceStageModal';
import { ExemplarFormModal } from './ExemplarFormModal';
import { ExemplarStepsBar, optionalDate, SubjectTag } from './honour-display';
import { ChoiceFilter, HonourTable, HonourToolbar } from './HonourTable';
import { RecordDrawer } from './RecordDrawer';

const SUBJECT_OPTIONS = EXEMPLAR_SUBJECT_TYPES.map((type) => ({
  value: type,
  label: EXEMPLAR_SUBJECT_TYPE_LABELS[type],
}));
const STAGE_OPTIONS = EXEMPLAR_STAGES.map((stage) => ({ value: stage, label: EXEMPLAR_STAGE_LABELS[stage] }));

function exemplarFields(exemplar: ExemplarView) {
  return [
    {
      key: 'subject',
      label: 'Điển hình',
      children: (
        <>
          {exemplar.subjectName} <SubjectTag type={exemplar.subjectType} />
        </>
      ),
    },
    { key: 'description', label: 'Nội dung điển hình', children: exemplar.description },
    { key: 'discoveredOn', label: 'Ngày phát hiện', children: optionalDate(exemplar.discoveredOn) },
    { key: 'stage', label: 'Giai đoạn hiện nay', children: EXEMPLAR_STAGE_LABELS[exemplar.stage] },
  ];
}

/** «Hoàn tác bước cuối» (the officer): the last stage was recorded by mistake. */
function UndoStage({ exemplar }: { exemplar: ExemplarView }) {
  const move = useMoveExemplar(useCommuneId(), useYear().id);
  const { message } = App.useApp();
  return (
    <Popconfirm
      title={`Hoàn tác giai đoạn «${EXEMPLAR_STAGE_LABELS[exemplar.stage]}» của ${exemplar.subjectName}?`}
      description="Điển hình trở về giai đoạn trước; ngày của giai đoạn này bị xóa."
      okText="Hoàn tác"
      cancelText="Không"
      onConfirm={async () => {
        try {
          await move.mutateAsync({ id: exemplar.id, advance: null });
          void message.success(`Đã hoàn tác giai đoạn «${EXEMPLAR_STAGE_LABELS[exemplar.stage]}».`);
        } catch (error) {
          void message.error(errorMessage(error));
        }
      }}
    >
      <Button size="small" aria-label={`Hoàn tác giai đoạn của ${exemplar.subjectName}`}>
        Hoàn tác
      </Button>
    </Popconfirm>
  );
}

/**
 * «Điển hình tiên tiến»: each exemplar with its four stages (phát hiện – bồi dưỡng – tổng kết –
 * nhân rộng); the officer, the chair and the province move them on, the officer undoes a step.
 */
export function ExemplarsTab() {
  const year = useYear();
  const isOpen = useYearIsOpen();
  const { role } = useCurrentUser();
  const [subjectType, setSubjectType] = useState<ExemplarSubjectType | undefined>();
  const [stage, setStage] = useState<ExemplarStage | undefined>();
  const [shown, setShown] = useState<ExemplarView | null>(null);
  const [advancing, setAdvancing] = useState<ExemplarView | null>(null);
  const form = useFormTarget<ExemplarView>();
  const canKeep = isOpen && canManageEmulationYear(role);
  const canUndo = isOpen && canManageOrganisation(role);

  const actionsOf = (exemplar: ExemplarView): ReactNode => (
    <Flex gap={8} wrap>
      {canKeep && nextExemplarStage(exemplar.stage) && (
        <Button
          size="small"
          type="primary"
          aria-label={`Chuyển giai đoạn ${exemplar.subjectName}`}
          onClick={() => setAdvancing(exemplar)}
        >
          Chuyển giai đoạn
        </Button>
      )}
      {canUndo && exemplar.stage !== 'discovered' && <UndoStage exemplar={exemplar} />}
      {canKeep && (
        <Button
          size="small"
          aria-label={`Sửa điển hình ${exemplar.subjectName}`}
          onClick={() => form.edit(exemplar)}
        >
          Sửa
        </Button>
      )}
    </Flex>
  );

  const columns: TableColumnsType<ExemplarView> = [
    {
      title: 'Điển hình',
      key: 'subject',
      width: 260,
      render: (_, exemplar) => (
        <Flex vertical gap={4} align="start">
          <Button
            type="link"
            style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
            onClick={() => setShown(exemplar)}
          >
            {exemplar.subjectName}
          </Button>
          <SubjectTag type={exemplar.subjectType} />
          <small>{exemplar.description}</small>
        </Flex>
      ),
    },
    {
      title: 'Giai đoạn',
      key: 'stages',
      width: 460,
      render: (_, exemplar) => <ExemplarStepsBar progress={exemplar} />,
    },
    { title: 'Thao tác', key: 'actions', width: 230, render: (_, exemplar) => actionsOf(exemplar) },
  ];

  return (
    <>
      <HonourToolbar
        filters={
          <>
            <ChoiceFilter
              label="Lọc theo loại điển hình"
              value={subjectType}
              onChange={setSubjectType}
              options={SUBJECT_OPTIONS}
            />
            <ChoiceFilter
              label="Lọc theo giai đoạn"
              value={stage}
              onChange={setStage}
              options={STAGE_OPTIONS}
            />
          </>
        }
        action={
          canKeep && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={form.create}>
              Ghi nhận điển hình
            </Button>
          )
        }
      />
      <HonourTable
        key={`${subjectType}-${stage}`}
        kind="exemplars"
        filters={{ subjectType, stage }}
        columns={columns}
        nothingYet={`Chưa có điển hình tiên tiến nào được phát hiện trong năm ${year.year}.`}
        addLabel="Ghi nhận điển hình"
        onAdd={canKeep ? form.create : undefined}
      />
      <RecordDrawer
        title={shown && `Điển hình ${shown.subjectName}`}
        onClose={() => setShown(null)}
        items={shown ? exemplarFields(shown) : []}
        files={shown && { owner: 'exemplar', ownerId: shown.id, canWrite: canKeep }}
      >
        {shown && <ExemplarStepsBar progress={shown} vertical />}
      </RecordDrawer>
      <ExemplarFormModal target={form.target} onClose={form.close} />
      <AdvanceStageModal exemplar={advancing} onClose={() => setAdvancing(null)} />
    </>
  );
}
