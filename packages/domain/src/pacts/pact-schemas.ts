import * as z from 'zod';
// Loaded for its effect: zod speaks Vietnamese wherever these schemas are used.
import '../validation';
import { optionalText } from '../optional-fields';
import { StoredFileViewSchema } from '../files/files';
import { freeText, nameText } from '../text-fields';
import { dateInput } from '../date-fields';

export const PactPartyInputSchema = z.object({
  unitId: z.uuid().describe('Đơn vị ký kết'),
  signatory: nameText({ max: 200 }).describe('Người ký thay mặt đơn vị'),
  commitments: optionalText(10000).describe('Cam kết của đơn vị'),
});
export type PactPartyInput = z.infer<typeof PactPartyInputSchema>;

/** Giao ước thi đua: signed by the chair with at least one unit, each unit once. */
export const PactInputSchema = z
  .object({
    name: nameText({ max: 300 }).describe('Tên giao ước'),
    signedOn: dateInput('document').describe('Ngày ký'),
    chairSignatory: nameText({ max: 200 }).describe('Chủ tịch UBND ký'),
    commitments: freeText({ max: 20000 }).describe('Nội dung giao ước'),
    parties: z.array(PactPartyInputSchema).min(1).max(100).describe('Các đơn vị ký kết'),
  })
  .superRefine((pact, ctx) => {
    const seen = new Set<string>();
    pact.parties.forEach((party, index) => {
      if (seen.has(party.unitId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['parties', index, 'unitId'],
          message: 'bị trùng: mỗi đơn vị chỉ ký một lần trong một giao ước.',
        });
      }
      seen.add(party.unitId);
    });
  });
export type PactInput = z.infer<typeof PactInputSchema>;

export const PactPartyViewSchema = z.object({
  unitId: z.string().describe('Đơn vị ký kết'),
  unitName: z.string().describe('Tên đơn vị ký kết'),
  signatory: z.string().describe('Người ký thay mặt đơn vị'),
  commitments: z.string().nullable().describe('Cam kết của đơn vị'),
});
export type PactPartyView = z.infer<typeof PactPartyViewSchema>;

export const PactSummarySchema = z.object({
  id: z.string().describe('Mã định danh giao ước'),
  yearId: z.string().describe('Mã định danh năm thi đua'),
  name: z.string().describe('Tên giao ước'),
  signedOn: z.string().describe('Ngày ký'),
  chairSignatory: z.string().describe('Chủ tịch UBND ký'),
  commitments: z.string().describe('Nội dung giao ước'),
  parties: z.array(PactPartyViewSchema).describe('Các đơn vị ký kết'),
});
export type PactSummary = z.infer<typeof PactSummarySchema>;

export const PactDetailSchema = PactSummarySchema.extend({
  files: z.array(StoredFileViewSchema).describe('Tệp đính kèm'),
});
export type PactDetail = z.infer<typeof PactDetailSchema>;
