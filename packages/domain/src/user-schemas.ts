import * as z from 'zod';
import { ROLES } from './roles';
import { nameText, secretText } from './text-fields';

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,39}$/;
export const PASSWORD_MIN_LENGTH = 8;

export const UsernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(USERNAME_PATTERN, {
    error: 'chỉ gồm chữ thường không dấu, số, dấu chấm, gạch ngang, gạch dưới; dài 3–40 ký tự.',
  })
  .describe('Tên đăng nhập');

export const PasswordSchema = secretText({ min: PASSWORD_MIN_LENGTH, max: 200 }).describe('Mật khẩu');

export const DisplayNameSchema = nameText({ max: 120 }).describe('Họ và tên');
export const RoleSchema = z.enum(ROLES).describe('Vai trò');

export const LoginInputSchema = z.object({
  username: z.string().trim().toLowerCase().min(1).max(40).describe('Tên đăng nhập'),
  password: secretText({ max: 200 }).describe('Mật khẩu'),
});
export type LoginInput = z.infer<typeof LoginInputSchema>;

export const UserCreateInputSchema = z.object({
  username: UsernameSchema,
  displayName: DisplayNameSchema,
  role: RoleSchema,
  adminUnitId: z.uuid().describe('Đơn vị hành chính'),
  password: PasswordSchema,
});
export type UserCreateInput = z.infer<typeof UserCreateInputSchema>;

export const UserUpdateInputSchema = z
  .object({
    displayName: DisplayNameSchema.optional(),
    role: RoleSchema.optional(),
    password: PasswordSchema.optional(),
    // A unit head's unit and the account holder's own person record (null unlinks).
    unitId: z.uuid().nullable().optional().describe('Đơn vị phụ trách'),
    personId: z.uuid().nullable().optional().describe('Hồ sơ cán bộ'),
  })
  .strict();
export type UserUpdateInput = z.infer<typeof UserUpdateInputSchema>;
