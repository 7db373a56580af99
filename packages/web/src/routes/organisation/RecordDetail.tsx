import type { ComponentType, ReactNode } from 'react';
import { Breadcrumb, Card, Descriptions, Flex, Skeleton, type DescriptionsProps } from 'antd';
import { useParams } from 'react-router';
import { canReadAuditLog } from '@thidua/domain';
import {
  useOrganisationRecord,
  type OrganisationRecords,
  type OrganisationResource,
} from '../../api/organisation-hooks';
import { useCurrentUser } from '../../auth/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useCanManageOrganisation, useCommuneId } from '../../shell/commune-scope';
import { RESOURCES } from './organisation-resources';
import { RecordActions } from './RecordActions';
import { RecordStatusTag } from '../../shell/record-fields';
import { useFormTarget, type RecordFormProps } from '../../shell/RecordFormModal';
import { RecordHistory } from './RecordHistory';
import { ScopedLink } from '../../shell/links';

interface RecordDetailProps<R extends OrganisationResource> {
  resource: R;
  nameOf: (record: OrganisationRecords[R]['summary']) => string;
  fields: (record: OrganisationRecords[R]['summary']) => DescriptionsProps['items'];
  Form: ComponentType<RecordFormProps<OrganisationRecords[R]['summary']>>;
  /** Cards between the record's fields and its history (a unit's people, a group's households). */
  children?: (record: OrganisationRecords[R]['summary']) => ReactNode;
}

/** The page of one record (its id in the path): its fields, its actions and «Lịch sử thay đổi». */
export function RecordDetail<R extends OrganisationResource>(props: RecordDetailProps<R>) {
  const { id = '' } = useParams();
  return <RecordDetailBody key={id} id={id} {...props} />;
}

function RecordDetailBody<R extends OrganisationResource>({
  id,
  resource,
  nameOf,
  fields,
  Form,
  children,
}: RecordDetailProps<R> & { id: string }) {
  type Summary = OrganisationRecords[R]['summary'];
  const record = useOrganisationRecord(resource, useCommuneId(), id);
  const canManage = useCanManageOrganisation();
  const canReadHistory = canReadAuditLog(useCurrentUser().role);
  const form = useFormTarget<Summary>();
  const info = RESOURCES[resource];

  const breadcrumb = (title: ReactNode) => (
    <Breadcrumb
      style={{ marginBottom: 12 }}
      items={[{ title: <ScopedLink to={info.listPath}>{info.listLabel}</ScopedLink> }, { title }]}
    />
  );
  if (record.isPending)
    return (
      <>
        {breadcrumb('Đang tải…')}
        <Skeleton active paragraph={{ rows: 6 }} />
      </>
    );
  if (record.isError)
    return (
      <>
        {breadcrumb('Không mở được')}
        <ErrorAlert error={record.error} />
      </>
    );

  const data: Summary = record.data;
  const name = nameOf(data);
  return (
    <>
      {breadcrumb(name)}
      <PageHeader
        title={
          <Flex component="span" align="center" gap={12} wrap>
            <span className={data.retiredOn ? 'organisation-retired' : undefined}>{name}</span>
            <RecordStatusTag retiredOn={data.retiredOn} />
          </Flex>
        }
        extra={
          canManage && (
            <RecordActions resource={resource} record={data} name={name} onEdit={form.edit} size="middle" />
          )
        }
      />
      <Flex vertical gap={16}>
        <Card title="Thông tin">
          <Descriptions column={{ xs: 1, md: 2 }} items={fields(data)} />
        </Card>
        {children?.(data)}
        {canReadHistory && <RecordHistory resource={resource} id={data.id} />}
      </Flex>
      <Form target={form.target} onClose={form.close} />
    </>
  );
}
