import { useState } from 'react';
import { Button, Flex, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import {
  canWriteAchievement,
  EXEMPLAR_SUBJECT_TYPE_LABELS,
  SUBJECT_TYPES,
  type AchievementView,
  type SubjectType,
} from '@thidua/domain';
import { useCurrentUser } from '../../auth/session';
import { useYear, useYearIsOpen } from '../../shell/year-scope';
import { useFormTarget } from '../../shell/RecordFormModal';
import { AchievementFormModal } from './AchievementFormModal';
import { optionalDate, SubjectTag } from './honour-display';
import { ChoiceFilter, HonourTable, HonourToolbar, UnitFilter } from './HonourTable';
import { RecordDrawer } from './RecordDrawer';
import { useWriteScope } from '../../shell/ScopedPickers';

const SUBJECT_OPTIONS = SUBJECT_TYPES.map((type) => ({
  value: type,
  label: EXEMPLAR_SUBJECT_TYPE_LABELS[type],
}));

function achievementFields(achievement: AchievementView) {
  return [
    {
      key: 'subject',
      label: 'Thành tích của',
      children: (
        <>
          {achievement.subjectName} <SubjectTag type={achievement.subjectType} />
        </>
      ),
    },
    ...(achievement.subjectType === 'person'
      ? [{ key: 'unit', label: 'Đơn vị', children: achievement.subjectUnitName ?? 'Chưa xếp đơn vị' }]
      : []),
    { key: 'achievedOn', label: 'Ngày đạt', children: optionalDate(achievement.achievedOn) },
    { key: 'description', label: 'Nội dung chi tiết', children: achievement.description ?? '—' },
  ];
}

/** «Thành tích»: the year's achievements of people and units, each with its evidence files. */
export function AchievementsTab() {
  const year = useYear();
  const isOpen = useYearIsOpen();
  const user = useCurrentUser();
  const scope = useWriteScope();
  const [subjectType, setSubjectType] = useState<SubjectType | undefined>();
  const [unitId, setUnitId] = useState<string | undefined>();
  const [shown, setShown] = useState<AchievementView | null>(null);
  const form = useFormTarget<AchievementView>();
  const canAdd = isOpen && scope.kind !== 'none';
  const canWrite = (achievement: AchievementView) => isOpen && canWriteAchievement(user, achievement);

  const columns: TableColumnsType<AchievementView> = [
    {
      title: 'Thành tích',
      key: 'title',
      render: (_, achievement) => (
        <Button
          type="link"
          style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
          onClick={() => setShown(achievement)}
        >
          {achievement.title}
        </Button>
      ),
    },
    {
      title: 'Của',
      key: 'subject',
      width: 260,
      render: (_, achievement) => (
        <Flex vertical gap={2}>
          <span>
            {achievement.subjectName} <SubjectTag type={achievement.subjectType} />
          </span>
          {achievement.subjectType === 'person' && achievement.subjectUnitName && (
            <small>{achievement.subjectUnitName}</small>
          )}
        </Flex>
      ),
    },
    { title: 'Ngày đạt', dataIndex: 'achievedOn', width: 120, render: optionalDate },
    {
      title: 'Thao tác',
      key: 'actions',
      width: 110,
      render: (_, achievement) =>
        canWrite(achievement) && (
          <Button
            size="small"
            aria-label={`Sửa thành tích ${achievement.title}`}
            onClick={() => form.edit(achievement)}
          >
            Sửa
          </Button>
        ),
    },
  ];

  return (
    <>
      <HonourToolbar
        filters={
          <>
            <ChoiceFilter
              label="Lọc theo cá nhân, tập thể"
              value={subjectType}
              onChange={setSubjectType}
              options={SUBJECT_OPTIONS}
            />
            <UnitFilter value={unitId} onChange={setUnitId} />
          </>
        }
        action={
          canAdd && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={form.create}>
              Ghi nhận thành tích
            </Button>
          )
        }
      />
      <HonourTable
        key={`${subjectType}-${unitId}`}
        kind="achievements"
        filters={{ subjectType, unitId }}
        columns={columns}
        nothingYet={`Chưa có thành tích nào trong năm ${year.year}.`}
        addLabel="Ghi nhận thành tích"
        onAdd={canAdd ? form.create : undefined}
      />
      <RecordDrawer
        title={shown && `Thành tích «${shown.title}»`}
        onClose={() => setShown(null)}
        items={shown ? achievementFields(shown) : []}
        files={shown && { owner: 'achievement', ownerId: shown.id, canWrite: canWrite(shown) }}
        actions={
          shown &&
          canWrite(shown) && (
            <Button
              onClick={() => {
                form.edit(shown);
                setShown(null);
              }}
            >
              Sửa
            </Button>
          )
        }
      />
      <AchievementFormModal target={form.target} onClose={form.close} />
    </>
  );
}
