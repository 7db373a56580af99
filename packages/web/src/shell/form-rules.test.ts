import Schema from '@rc-component/async-validator';
import { describe, expect, it } from 'vitest';
import {
  HouseholdInputSchema,
  PersonInputSchema,
  ResidentialGroupInputSchema,
  UnitInputSchema,
} from '@thidua/domain';
import { fieldRules } from './form-rules';

/** The messages Ant Design's form would show for `value` under the field's rules (the same validator it uses). */
async function errorsFor(rules: ReturnType<typeof fieldRules>['rules'], value: unknown): Promise<string[]> {
  const validator = new Schema({ field: rules as never });
  try {
    await validator.validate({ field: value });
    return [];
  } catch (caught) {
    return ((caught as { errors?: { message: string }[] }).errors ?? []).map((error) => error.message);
  }
}

describe('fieldRules', () => {
  it("takes the label from the schema's .describe()", () => {
    expect(fieldRules(PersonInputSchema, 'fullName').label).toBe('Họ và tên');
    expect(fieldRules(HouseholdInputSchema, 'memberCount').label).toBe('Số nhân khẩu');
  });

  it('requires a non-empty text and refuses one longer than the schema allows (120 for a name)', async () => {
    const { rules } = fieldRules(PersonInputSchema, 'fullName');
    expect(await errorsFor(rules, 'Nguyễn Văn An')).toEqual([]);
    expect(await errorsFor(rules, 'a'.repeat(120))).toEqual([]);
    expect(await errorsFor(rules, 'a'.repeat(121))).toEqual(['«Họ và tên» chỉ được tối đa 120 ký tự.']);
    expect(await errorsFor(rules, '   ')).toEqual(['«Họ và tên» là bắt buộc.']);
    expect(await errorsFor(rules, undefined)).toEqual(['«Họ và tên» là bắt buộc.']);
  });

  it('leaves an optional text optional but keeps its length limit', async () => {
    const { rules } = fieldRules(PersonInputSchema, 'position');
    expect(await errorsFor(rules, undefined)).toEqual([]);
    expect(await errorsFor(rules, 'x'.repeat(150))).toEqual([]);
    expect(await errorsFor(rules, 'x'.repeat(151))).toEqual(['«Chức vụ» chỉ được tối đa 150 ký tự.']);
  });

  it('requires a choice (enum) and an id, but not a yes/no box', async () => {
    expect(await errorsFor(fieldRules(UnitInputSchema, 'kind').rules, undefined)).toEqual([
      '«Loại đơn vị» là bắt buộc.',
    ]);
    expect(await errorsFor(fieldRules(HouseholdInputSchema, 'groupId').rules, undefined)).toHaveLength(1);
    expect(await errorsFor(fieldRules(PersonInputSchema, 'isLeader').rules, undefined)).toEqual([]);
    expect(await errorsFor(fieldRules(UnitInputSchema, 'parentId').rules, undefined)).toEqual([]);
  });

  it('checks a number against its bounds on both sides (1 to 50 members)', async () => {
    const { rules } = fieldRules(HouseholdInputSchema, 'memberCount');
    expect(await errorsFor(rules, 1)).toEqual([]);
    expect(await errorsFor(rules, 50)).toEqual([]);
    expect(await errorsFor(rules, 0)).toEqual(['«Số nhân khẩu» phải lớn hơn hoặc bằng 1.']);
    expect(await errorsFor(rules, 51)).toEqual(['«Số nhân khẩu» phải nhỏ hơn hoặc bằng 50.']);
  });

  it("checks a pattern with the schema's own sentence, and lets a cleared optional field through", async () => {
    const { rules } = fieldRules(ResidentialGroupInputSchema, 'leaderPhone');
    expect(await errorsFor(rules, '0912345678')).toEqual([]);
    expect(await errorsFor(rules, '')).toEqual([]);
    expect(await errorsFor(rules, '12345')).toEqual([
      '«Số điện thoại tổ trưởng» không đúng số điện thoại (10 chữ số, bắt đầu bằng 0).',
    ]);
  });

  it('refuses a field the schema does not have', () => {
    expect(() => fieldRules(UnitInputSchema, 'nope' as never)).toThrow();
  });
});
