import { useState, type ReactNode } from 'react';
import { Alert, Button, Flex, Form, Modal } from 'antd';
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

/**
 * A modal around one form: Enter submits, the submit button shows progress, API errors land on the
 * fields. The form lives inside the modal's body, so every opening starts from a fresh form.
 */
export function FormModal<T extends object>({ title, open, onClose, width, ...body }: FormModalProps<T>) {
  return (
    <Modal title={title} open={open} width={width} onCancel={onClose} footer={null} destroyOnHidden>
      <FormModalBody<T> onClose={onClose} {...body} />
    </Modal>
  );
}

type FormModalBodyProps<T> = Omit<FormModalProps<T>, 'title' | 'open' | 'width'>;

function FormModalBody<T extends object>({
  okText,
  onClose,
  onSubmit,
  initialValues,
  children,
}: FormModalBodyProps<T>) {
  const [form] = Form.useForm<T>();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const handleFinish = async (values: T) => {
    setError(null);
    setSubmitting(true);
    try {
      await onSubmit(values);
      onClose();
    } catch (caught) {
      setError(applyApiErrorToForm(form, caught));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Form<T>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={(values) => void handleFinish(values)}
      scrollToFirstError
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      {children}
      <Flex justify="end" gap={8} style={{ marginTop: 8 }}>
        <Button onClick={onClose}>Hủy</Button>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {okText}
        </Button>
      </Flex>
    </Form>
  );
}
