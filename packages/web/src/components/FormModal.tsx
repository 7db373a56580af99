import { useState, type ReactNode } from 'react';
import { Alert, Form, Modal } from 'antd';
import { applyApiErrorToForm } from '../api/form-errors';

interface FormModalProps<T> {
  title: string;
  open: boolean;
  okText: string;
  onClose: () => void;
  /** Saves the values; a thrown API error is shown above the form and on the fields it names. */
  onSubmit: (values: T) => Promise<unknown>;
  initialValues?: Partial<T>;
  width?: number;
  children: ReactNode;
}

/** A modal around one form: Enter submits, the OK button shows progress, API errors land on the fields. */
export function FormModal<T extends object>({
  title,
  open,
  okText,
  onClose,
  onSubmit,
  initialValues,
  width,
  children,
}: FormModalProps<T>) {
  const [form] = Form.useForm<T>();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const close = () => {
    setError(null);
    onClose();
  };

  const handleFinish = async (values: T) => {
    setError(null);
    setSubmitting(true);
    try {
      await onSubmit(values);
      close();
    } catch (caught) {
      setError(applyApiErrorToForm(form, caught));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Modal
      title={title}
      open={open}
      okText={okText}
      cancelText="Hủy"
      width={width}
      onCancel={close}
      confirmLoading={submitting}
      destroyOnHidden
      okButtonProps={{ htmlType: 'submit' }}
      modalRender={(dom) => (
        <Form<T>
          form={form}
          layout="vertical"
          initialValues={initialValues}
          clearOnDestroy
          onFinish={(values) => void handleFinish(values)}
          scrollToFirstError
        >
          {dom}
        </Form>
      )}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      {children}
    </Modal>
  );
}
