import { useState } from 'react';
import { Alert, Button, Flex, Modal, Progress, Table, Typography, Upload, type TableColumnsType } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { formatNumberVi, type ImportJob, type ImportKind, type ImportProblem } from '@thidua/domain';
import { isImportFinished, useImportJob, useStartImport } from '../../api/organisation-hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCommuneId } from '../../shell/commune-scope';

const KIND_TEXT: Record<ImportKind, { title: string; matching: string }> = {
  people: {
    title: 'Nhập nhân sự từ Excel',
    matching: 'Người đã có (cùng số định danh cá nhân) được cập nhật theo tệp; người mới được thêm.',
  },
  households: {
    title: 'Nhập hộ gia đình từ Excel',
    matching: 'Hộ đã có (cùng tổ, chủ hộ và địa chỉ) được cập nhật theo tệp; hộ mới được thêm.',
  },
};

const STATUS_TEXT: Record<ImportJob['status'], string> = {
  reading: 'Đang đọc tệp',
  validating: 'Đang kiểm tra dữ liệu',
  writing: 'Đang ghi dữ liệu',
  done: 'Xong',
  invalid: 'Tệp có lỗi',
  failed: 'Không nhập được',
};

/** The whole file is checked before anything is written: it goes in entirely or not at all. */
export function ImportDialog({
  kind,
  open,
  onClose,
}: {
  kind: ImportKind;
  open: boolean;
  onClose: () => void;
}) {
  return (
    <Modal
      title={KIND_TEXT[kind].title}
      open={open}
      onCancel={onClose}
      width={760}
      destroyOnHidden
      footer={<Button onClick={onClose}>Đóng</Button>}
    >
      <ImportBody kind={kind} />
    </Modal>
  );
}

function ImportBody({ kind }: { kind: ImportKind }) {
  const communeId = useCommuneId();
  const [file, setFile] = useState<File | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const start = useStartImport(communeId, kind);
  const job = useImportJob(communeId, jobId);
  const running = start.isPending || (job.data !== undefined && !isImportFinished(job.data));
  const runningDry = running && (job.data?.dryRun ?? start.variables?.dryRun) === true;

  const run = (dryRun: boolean) => {
    if (!file) return;
    setJobId(null);
    start.mutate({ file, dryRun }, { onSuccess: (started) => setJobId(started.id) });
  };

  const chooseFile = (chosen: File) => {
    setFile(chosen);
    setJobId(null);
    start.reset();
    return false;
  };

  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph style={{ margin: 0 }}>
        Dùng tệp mẫu tải từ phần mềm (.xlsx). {KIND_TEXT[kind].matching} Cả tệp được kiểm tra trước khi ghi:
        nếu có một dòng sai thì không dòng nào được ghi.
      </Typography.Paragraph>
      <Upload
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        maxCount={1}
        beforeUpload={chooseFile}
        fileList={file ? [{ uid: 'chosen', name: file.name, status: 'done' }] : []}
        onRemove={() => {
          setFile(null);
          setJobId(null);
        }}
        disabled={running}
      >
        <Button icon={<UploadOutlined aria-hidden />} disabled={running}>
          Chọn tệp Excel
        </Button>
      </Upload>
      <Flex gap={8} wrap>
        <Button disabled={!file || running} loading={runningDry} onClick={() => run(true)}>
          Kiểm tra trước (không ghi)
        </Button>
        <Button
          type="primary"
          disabled={!file || running}
          loading={running && !runningDry}
          onClick={() => run(false)}
        >
          Nhập
        </Button>
      </Flex>
      {start.isError && <ErrorAlert error={start.error} />}
      {job.isError && <ErrorAlert error={job.error} />}
      {job.data && <ImportJobState job={job.data} />}
    </Flex>
  );
}

function ImportJobState({ job }: { job: ImportJob }) {
  if (!isImportFinished(job)) return <ImportProgress job={job} />;
  if (job.status === 'failed')
    return (
      <Alert
        type="error"
        showIcon
        title={job.failure ?? 'Không nhập được tệp này.'}
        description="Chưa ghi dòng nào vào dữ liệu."
      />
    );
  if (job.status === 'invalid') return <ImportProblems job={job} />;
  const { created, updated, unchanged } = job.outcome ?? { created: 0, updated: 0, unchanged: 0 };
  const counts = `thêm ${formatNumberVi(created)}, cập nhật ${formatNumberVi(updated)}, không đổi ${formatNumberVi(unchanged)}`;
  return job.dryRun ? (
    <Alert
      type="success"
      showIcon
      title={`Tệp hợp lệ: khi nhập sẽ ${counts}.`}
      description="Đây là lần kiểm tra, chưa ghi gì. Bấm «Nhập» để ghi."
    />
  ) : (
    <Alert type="success" showIcon title={`Đã ${counts}.`} description={`Tệp «${job.fileName}».`} />
  );
}

function ImportProgress({ job }: { job: ImportJob }) {
  const done = job.status === 'writing' ? job.rowsWritten : job.rowsRead;
  const total = job.rowsTotal;
  const percent = total ? Math.min(100, Math.round((100 * done) / total)) : 0;
  return (
    <div>
      <Typography.Text>
        {STATUS_TEXT[job.status]}: {formatNumberVi(done)}
        {total !== null && ` / ${formatNumberVi(total)}`} dòng…
      </Typography.Text>
      <Progress percent={percent} status="active" aria-label={STATUS_TEXT[job.status]} />
    </div>
  );
}

const problemColumns: TableColumnsType<ImportProblem & { key: number }> = [
  { title: 'Dòng', dataIndex: 'row', width: 70, align: 'right' },
  { title: 'Cột', dataIndex: 'column', width: 180, render: (column: string | null) => column ?? '—' },
  { title: 'Lỗi', dataIndex: 'message' },
];

function ImportProblems({ job }: { job: ImportJob }) {
  const shown = job.problems.length;
  return (
    <Flex vertical gap={12}>
      <Alert
        type="error"
        showIcon
        title={`Tệp có ${formatNumberVi(job.problemCount)} lỗi nên chưa ghi dòng nào.`}
        description={
          shown < job.problemCount
            ? `Dưới đây là ${formatNumberVi(shown)} lỗi đầu tiên. Sửa tệp rồi kiểm tra lại.`
            : 'Sửa các lỗi dưới đây trong tệp rồi kiểm tra lại.'
        }
      />
      <Table
        size="small"
        columns={problemColumns}
        dataSource={job.problems.map((problem, index) => ({ ...problem, key: index }))}
        pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
      />
    </Flex>
  );
}
