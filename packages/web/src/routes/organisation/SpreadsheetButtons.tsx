import { useState } from 'react';
import { App, Button } from 'antd';
import { DownloadOutlined, FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import type { ImportKind } from '@thidua/domain';
import { apiGetFile, errorMessage } from '../../api/client';
import { spreadsheetPath } from '../../api/organisation-hooks';
import { useCanManageOrganisation, useCommuneId } from '../../shell/commune-scope';
import { ImportDialog } from './ImportDialog';

const FALLBACK_NAMES: Record<ImportKind, Record<'template' | 'export', string>> = {
  people: { template: 'mau-nhap-nhan-su.xlsx', export: 'nhan-su.xlsx' },
  households: { template: 'mau-nhap-ho-gia-dinh.xlsx', export: 'ho-gia-dinh.xlsx' },
};

/** Fetches the file (so a refusal shows as a message, not as a page) and hands it to the browser. */
function useDownload(kind: ImportKind, file: 'template' | 'export') {
  const communeId = useCommuneId();
  const { message } = App.useApp();
  const [loading, setLoading] = useState(false);
  const download = async () => {
    setLoading(true);
    try {
      const { blob, fileName } = await apiGetFile(spreadsheetPath(communeId, kind, file));
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName ?? FALLBACK_NAMES[kind][file];
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      void message.error(errorMessage(error));
    } finally {
      setLoading(false);
    }
  };
  return { download: () => void download(), loading };
}

/** Excel for those who keep the records: the template, the import and the export (which holds identification numbers). */
export function SpreadsheetButtons({ kind }: { kind: ImportKind }) {
  const canManage = useCanManageOrganisation();
  const template = useDownload(kind, 'template');
  const exported = useDownload(kind, 'export');
  const [importing, setImporting] = useState(false);
  if (!canManage) return null;
  return (
    <>
      <Button icon={<DownloadOutlined aria-hidden />} loading={template.loading} onClick={template.download}>
        Tải tệp mẫu
      </Button>
      <Button icon={<FileExcelOutlined aria-hidden />} loading={exported.loading} onClick={exported.download}>
        Xuất Excel
      </Button>
      <Button icon={<UploadOutlined aria-hidden />} onClick={() => setImporting(true)}>
        Nhập từ Excel
      </Button>
      <ImportDialog kind={kind} open={importing} onClose={() => setImporting(false)} />
    </>
  );
}
