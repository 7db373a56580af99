import { App, Form, Input } from 'antd';
import { useUpdateAdminUnit } from '../../api/hooks';
import type { AdminUnitDetail, AdminUnitUpdateInput } from '../../api/types';
import { FormModal } from '../../shell/FormModal';
import { CommuneUpdateInputSchema } from '@thidua/domain';
import { fieldRules } from '../../shell/form-rules';

interface EditAdminUnitModalProps {
  unit: AdminUnitDetail;
  open: boolean;
  onClose: () => void;
  /** Only the province renames communes; others edit the address. */
  canEditName: boolean;
}

export function EditAdminUnitModal({ unit, open, onClose, canEditName }: EditAdminUnitModalProps) {
  const update = useUpdateAdminUnit(unit.id);
  const { message } = App.useApp();

  const handleSubmit = async (values: AdminUnitUpdateInput) => {
    const changes: AdminUnitUpdateInput = { address: values.address?.trim() ?? '' };
    if (canEditName && values.name !== undefined && values.name.trim() !== unit.name)
      changes.name = values.name.trim();
    await update.mutateAsync(changes);
    void message.success('Đã lưu thông tin đơn vị.');
  };

  return (
    <FormModal<AdminUnitUpdateInput>
      title={canEditName ? `Sửa thông tin ${unit.name}` : 'Sửa địa chỉ'}
      okText="Lưu"
      open={open}
      onClose={onClose}
      onSubmit={handleSubmit}
      initialValues={{ name: unit.name, address: unit.address ?? '' }}
    >
      {canEditName && (
        <Form.Item
          label="Tên xã, phường"
          name="name"
          rules={[
            { required: true, whitespace: true, message: 'Vui lòng nhập tên xã, phường.' },
            { min: 2, max: 150, message: 'Tên xã, phường dài từ 2 đến 150 ký tự.' },
          ]}
        >
          <Input autoFocus />
        </Form.Item>
      )}
      <Form.Item name="address" {...fieldRules(CommuneUpdateInputSchema, 'address')}>
        <Input autoFocus={!canEditName} />
      </Form.Item>
    </FormModal>
  );
}
