import * as z from 'zod';
import { COMMUNE_CODE_PATTERN, COMMUNE_LEVELS, PROVINCE_CODE_PATTERN } from './admin-units';
import { DisplayNameSchema, PasswordSchema, UsernameSchema } from './user-schemas';
import { freeText, nameText } from './text-fields';
import { dateInput } from './date-fields';

const UnitNameSchema = nameText({ min: 2, max: 150 });

export const ProvinceCodeSchema = z
  .string()
  .trim()
  .regex(PROVINCE_CODE_PATTERN, { error: 'gồm đúng 2 chữ số.' })
  .describe('Mã tỉnh');

export const CommuneCodeSchema = z
  .string()
  .trim()
  .regex(COMMUNE_CODE_PATTERN, { error: 'gồm đúng 5 chữ số.' })
  .describe('Mã xã, phường');

export const MergerInputSchema = z.object({
  effectiveDate: dateInput('document').describe('Ngày sáp nhập có hiệu lực'),
  legalBasis: freeText({ min: 3, max: 300 }).describe('Văn bản sáp nhập'),
  formerUnits: z
    .array(
      z.object({
        code: CommuneCodeSchema,
        name: UnitNameSchema.describe('Tên đơn vị cũ'),
        level: z.enum(COMMUNE_LEVELS).describe('Cấp đơn vị cũ'),
      }),
    )
    .min(1)
    .max(20)
    .describe('Các đơn vị trước sáp nhập'),
});

export const CommuneCreateInputSchema = z.object({
  code: CommuneCodeSchema,
  name: UnitNameSchema.describe('Tên xã, phường'),
  level: z.enum(COMMUNE_LEVELS).describe('Cấp'),
  address: freeText({ min: 0, max: 300 }).optional().describe('Địa chỉ trụ sở'),
  merger: MergerInputSchema.optional().describe('Sáp nhập'),
});
export type CommuneCreateInput = z.infer<typeof CommuneCreateInputSchema>;

export const CommuneUpdateInputSchema = z
  .object({
    name: UnitNameSchema.describe('Tên xã, phường').optional(),
    address: freeText({ min: 0, max: 300 }).optional().describe('Địa chỉ trụ sở'),
  })
  .strict();
export type CommuneUpdateInput = z.infer<typeof CommuneUpdateInputSchema>;

export const SetupInputSchema = z.object({
  provinceCode: ProvinceCodeSchema,
  provinceName: UnitNameSchema.describe('Tên tỉnh'),
  username: UsernameSchema,
  displayName: DisplayNameSchema,
  password: PasswordSchema,
});
export type SetupInput = z.infer<typeof SetupInputSchema>;
