import type { FormRule } from 'antd';
import { PASSWORD_MIN_LENGTH, USERNAME_PATTERN } from '@thidua/domain';

/** Client-side checks mirroring the server's, so most mistakes show before sending. */
export const usernameRules: FormRule[] = [
  { required: true, message: 'Vui lòng nhập tên đăng nhập.' },
  {
    pattern: USERNAME_PATTERN,
    message:
      'Tên đăng nhập chỉ gồm chữ thường không dấu, số, dấu chấm, gạch ngang, gạch dưới; dài 3–40 ký tự.',
  },
];

export const displayNameRules: FormRule[] = [
  { required: true, whitespace: true, message: 'Vui lòng nhập họ và tên.' },
  { max: 120, message: 'Họ và tên dài tối đa 120 ký tự.' },
];

export function passwordRules(required: boolean): FormRule[] {
  return [
    { required, message: 'Vui lòng nhập mật khẩu.' },
    { min: PASSWORD_MIN_LENGTH, message: `Mật khẩu cần ít nhất ${PASSWORD_MIN_LENGTH} ký tự.` },
    { max: 200, message: 'Mật khẩu dài tối đa 200 ký tự.' },
  ];
}
