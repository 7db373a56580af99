import type { ReactNode } from 'react';
import { Descriptions, Drawer, Flex, Typography, type DescriptionsProps } from 'antd';
import type { FileOwner } from '@thidua/domain';
import { FileAttachments } from '../../components/FileAttachments';

interface RecordDrawerProps {
  title: string | null;
  onClose: () => void;
  items: DescriptionsProps['items'];
  /** The record whose evidence files are shown (and attached, for those who may write it). */
  files: { owner: FileOwner; ownerId: string; canWrite: boolean } | null;
  /** Buttons for the record (edit, recognise, move the stage). */
  actions?: ReactNode;
  /** What comes between the fields and the files (an exemplar's stages). */
  children?: ReactNode;
}

/** One achievement, initiative or exemplar: its fields, its actions and «Tệp minh chứng». */
export function RecordDrawer({ title, onClose, items, files, actions, children }: RecordDrawerProps) {
  return (
    <Drawer title={title} open={title !== null} onClose={onClose} size={640} destroyOnHidden extra={actions}>
      <Flex vertical gap={24}>
        <Descriptions column={1} bordered size="small" items={items} />
        {children}
        {files && (
          <section aria-labelledby="record-files-title">
            <Typography.Title level={5} id="record-files-title">
              Tệp minh chứng
            </Typography.Title>
            <FileAttachments owner={files.owner} ownerId={files.ownerId} canWrite={files.canWrite} />
          </section>
        )}
      </Flex>
    </Drawer>
  );
}
