import { useState } from 'react';
import {
  App,
  Button,
  Empty,
  Flex,
  Popconfirm,
  Progress,
  Table,
  Typography,
  Upload,
  type TableColumnsType,
} from 'antd';
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import {
  ACCEPTED_FILE_EXTENSIONS,
  ALLOWED_FILE_TYPES_TEXT,
  formatDateTimeVi,
  formatFileSize,
  MAX_FILE_BYTES,
  messageFor,
  type FileOwner,
  type StoredFileView,
} from '@thidua/domain';
import { errorMessage } from '../api/client';
import { downloadFile, useDeleteFile, useFiles, useUploadFile } from '../api/file-hooks';
import { useCommuneId } from '../shell/commune-scope';
import { ErrorAlert } from './ErrorAlert';

interface FileAttachmentsProps {
  owner: FileOwner;
  ownerId: string;
  /** Whether the user may attach and remove files (the record is theirs to change, its year open). */
  canWrite: boolean;
}

/**
 * The files attached to one record: each with its size and a download; for those who may change
 * the record, an upload with its progress and removal after confirmation.
 */
export function FileAttachments({ owner, ownerId, canWrite }: FileAttachmentsProps) {
  const communeId = useCommuneId();
  const files = useFiles(communeId, owner, ownerId);
  const upload = useUploadFile(communeId, owner, ownerId);
  const remove = useDeleteFile(communeId);
  const { message } = App.useApp();
  const [progress, setProgress] = useState<{ name: string; percent: number } | null>(null);

  const send = async (file: File) => {
    if (file.size > MAX_FILE_BYTES) {
      void message.error(messageFor('FILE_TOO_LARGE', { maxMegabytes: MAX_FILE_BYTES / 1024 / 1024 }));
      return;
    }
    setProgress({ name: file.name, percent: 0 });
    try {
      const stored = await upload.mutateAsync({
        file,
        onProgress: (percent) => setProgress({ name: file.name, percent }),
      });
      void message.success(`Đã đính kèm «${stored.fileName}».`);
    } catch (error) {
      void message.error(errorMessage(error));
    } finally {
      setProgress(null);
    }
  };

  const download = async (file: StoredFileView) => {
    try {
      await downloadFile(communeId, file);
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  const columns: TableColumnsType<StoredFileView> = [
    {
      title: 'Tệp',
      dataIndex: 'fileName',
      render: (name: string, file) => (
        <Button
          type="link"
          icon={<PaperClipOutlined aria-hidden />}
          aria-label={`Tải về ${name}`}
          style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
          onClick={() => void download(file)}
        >
          {name}
        </Button>
      ),
    },
    { title: 'Dung lượng', dataIndex: 'sizeBytes', width: 110, align: 'right', render: formatFileSize },
    {
      title: 'Người tải lên',
      key: 'uploaded',
      width: 220,
      render: (_, file) => (
        <Flex vertical>
          <span>{file.uploadedBy}</span>
          <Typography.Text type="secondary">{formatDateTimeVi(file.createdAt)}</Typography.Text>
        </Flex>
      ),
    },
    ...(canWrite
      ? [
          {
            title: 'Thao tác',
            key: 'actions',
            width: 90,
            render: (_: unknown, file: StoredFileView) => (
              <Popconfirm
                title={`Xóa tệp «${file.fileName}»?`}
                description="Tệp bị xóa không khôi phục được."
                okText="Xóa"
                okButtonProps={{ danger: true }}
                cancelText="Hủy"
                onConfirm={async () => {
                  try {
                    await remove.mutateAsync(file.id);
                    void message.success(`Đã xóa tệp «${file.fileName}».`);
                  } catch (error) {
                    void message.error(errorMessage(error));
                  }
                }}
              >
                <Button
                  size="small"
                  danger
                  icon={<DeleteOutlined aria-hidden />}
                  aria-label={`Xóa tệp ${file.fileName}`}
                >
                  Xóa
                </Button>
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap={12}>
      {canWrite && (
        <Flex vertical gap={4}>
          <Upload
            accept={ACCEPTED_FILE_EXTENSIONS}
            showUploadList={false}
            disabled={progress !== null}
            beforeUpload={(file) => {
              void send(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined aria-hidden />} loading={progress !== null}>
              Tải tệp lên
            </Button>
          </Upload>
          <Typography.Text type="secondary">
            Nhận {ALLOWED_FILE_TYPES_TEXT}; mỗi tệp tối đa {MAX_FILE_BYTES / 1024 / 1024} MB.
          </Typography.Text>
          {progress && (
            <div role="status" aria-live="polite">
              <Typography.Text>Đang tải lên «{progress.name}»</Typography.Text>
              <Progress percent={progress.percent} size="small" />
            </div>
          )}
        </Flex>
      )}
      {files.isError && <ErrorAlert error={files.error} />}
      <Table<StoredFileView>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={files.data ?? []}
        loading={files.isPending}
        pagination={false}
        scroll={{ x: 560 }}
        locale={{
          emptyText: files.isPending ? (
            ' '
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa có tệp đính kèm." />
          ),
        }}
      />
    </Flex>
  );
}
