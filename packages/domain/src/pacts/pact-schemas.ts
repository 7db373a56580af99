import * as z from 'zod';
// Loaded for its effect: zod speaks Vietnamese wherever these schemas are used.
import '../validation';
import { optionalText } from '../optional-fields';
import type { StoredFileView } from '../files/files';
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

export interface PactPartyView extends PactPartyInput {
  unitName: string;
}

export interface PactSummary extends Omit<PactInput, 'parties'> {
  id: string;
  yearId: string;
  parties: PactPartyView[];
}

export interface PactDetail extends PactSummary {
  files: StoredFileView[];
}
