import { describe, expect, it } from 'vitest';
import {
  createSheetReader,
  EXAMPLE_ROW_MARK,
  HOUSEHOLDS_SHEET,
  matchHeaders,
  PEOPLE_SHEET,
  type SheetLookups,
} from './import-sheets';
import type { CellValue } from './spreadsheet-cells';

const UNIT_ID = '00000000-0000-4000-8000-000000000001';
const GROUP_ID = '00000000-0000-4000-8000-000000000002';
const lookups: SheetLookups = {
  unitIdByName: new Map([['cong an phuong', UNIT_ID]]),
  groupIdByName: new Map([['to dan pho 3', GROUP_ID]]),
};

const PEOPLE_HEADER = ['STT', ...PEOPLE_SHEET.columns.map((c) => `${c.header}${c.required ? ' *' : ''}`)];
// STT, Họ và tên, Giới tính, Ngày sinh, Số định danh, Chức vụ, Đơn vị, Loại, Lãnh đạo, Bắt đầu, Kết thúc
const goodPerson: CellValue[] = [
  1,
  'Lê Văn Tâm',
  'Nam',
  '02/01/1990',
  '087090001111',
  'Phó Trưởng Công an',
  'Công an phường',
  'Cán bộ',
  'Có',
  '01/08/2015',
  null,
];

function peopleReader() {
  const match = matchHeaders(PEOPLE_SHEET, PEOPLE_HEADER, 3);
  if (!('columnIndex' in match)) throw new Error('headers did not match');
  return createSheetReader(PEOPLE_SHEET, match.columnIndex, lookups);
}

describe('matchHeaders', () => {
  it('finds columns in any order, ignoring case, diacritics and the required mark', () => {
    const match = matchHeaders(
      HOUSEHOLDS_SHEET,
      ['so nhan khau', 'STT', 'Địa chỉ *', 'HỌ TÊN CHỦ HỘ', 'Khóm, ấp, thôn, tổ dân phố'],
      1,
    );
    expect('columnIndex' in match && Object.fromEntries(match.columnIndex)).toEqual({
      groupId: 4,
      headName: 3,
      address: 2,
      memberCount: 0,
    });
  });

  it('names every missing column with the header row', () => {
    const match = matchHeaders(HOUSEHOLDS_SHEET, ['STT', 'Họ tên chủ hộ'], 4);
    expect(match).toEqual({
      found: 1,
      problem: {
        row: 4,
        column: null,
        message:
          'Dòng 4 (dòng tiêu đề) thiếu cột «Khóm, ấp, thôn, tổ dân phố», «Địa chỉ», «Số nhân khẩu». Hãy dùng tệp mẫu tải từ phần mềm.',
      },
    });
  });
});

describe('createSheetReader', () => {
  it('turns a good row into the same input a form would send', () => {
    expect(peopleReader()(5, goodPerson)).toEqual({
      input: {
        fullName: 'Lê Văn Tâm',
        gender: 'male',
        birthDate: '1990-01-02',
        idNumber: '087090001111',
        position: 'Phó Trưởng Công an',
        unitId: UNIT_ID,
        employmentCategory: 'can_bo',
        isLeader: true,
        serviceStart: '2015-08-01',
        serviceEnd: null,
      },
    });
  });

  it('skips blank rows and the template example row', () => {
    const read = peopleReader();
    expect(
      read(
        6,
        goodPerson.map(() => null),
      ),
    ).toEqual({ skipped: true });
    expect(read(4, [EXAMPLE_ROW_MARK, ...goodPerson.slice(1)])).toEqual({ skipped: true });
  });

  it('reports every bad cell of a row with its row and column', () => {
    const row = [...goodPerson];
    row[1] = '';
    row[3] = '31/02/1990';
    row[6] = 'Công an xã cũ';
    row[7] = 'Bộ đội';
    const result = peopleReader()(17, row);
    expect(result).toEqual({
      problems: [
        { row: 17, column: 'Họ và tên', message: 'Dòng 17, cột «Họ và tên»: bắt buộc, đang để trống.' },
        {
          row: 17,
          column: 'Ngày sinh',
          message:
            'Dòng 17, cột «Ngày sinh»: không phải ngày hợp lệ, cần dạng ngày/tháng/năm (ví dụ 05/09/1985).',
        },
        {
          row: 17,
          column: 'Đơn vị',
          message: 'Dòng 17, cột «Đơn vị»: không có đơn vị «Công an xã cũ» trong xã, phường (xem danh mục).',
        },
        {
          row: 17,
          column: 'Loại cán bộ',
          message: expect.stringMatching(
            /^Dòng 17, cột «Loại cán bộ»: phải là một trong các giá trị: Cán bộ, Công chức/,
          ),
        },
      ],
    });
  });

  it('applies the schema rules after reading: an identification number that contradicts the gender', () => {
    const row = [...goodPerson];
    row[2] = 'Nữ';
    expect(peopleReader()(8, row)).toEqual({
      problems: [
        {
          row: 8,
          column: 'Số định danh cá nhân',
          message: 'Dòng 8, cột «Số định danh cá nhân»: có chữ số thứ tư không khớp với giới tính.',
        },
      ],
    });
  });

  it('refuses the same person twice in one file, naming the first row', () => {
    const read = peopleReader();
    expect(read(5, goodPerson)).toHaveProperty('input');
    expect(read(9, goodPerson)).toEqual({
      problems: [
        {
          row: 9,
          column: 'Số định danh cá nhân',
          message: 'Dòng 9, cột «Số định danh cá nhân»: trùng với dòng 5: mỗi bản ghi chỉ ghi một dòng.',
        },
      ],
    });
  });

  it('matches households by group, head and address regardless of case and diacritics', () => {
    const match = matchHeaders(
      HOUSEHOLDS_SHEET,
      ['STT', ...HOUSEHOLDS_SHEET.columns.map((c) => c.header)],
      1,
    );
    if (!('columnIndex' in match)) throw new Error('headers did not match');
    const read = createSheetReader(HOUSEHOLDS_SHEET, match.columnIndex, lookups);
    expect(read(2, [1, 'Tổ dân phố 3', 'Trần Văn Bình', 'Số 12 Lê Lợi', 4])).toEqual({
      input: { groupId: GROUP_ID, headName: 'Trần Văn Bình', address: 'Số 12 Lê Lợi', memberCount: 4 },
    });
    expect(read(3, [2, 'to dan pho 3', 'TRAN VAN BINH', 'so 12 le loi', 5])).toEqual({
      problems: [expect.objectContaining({ row: 3, column: 'Họ tên chủ hộ' })],
    });
    expect(read(4, [3, 'Tổ dân phố 3', 'Lý Thị Hoa', 'Số 14 Lê Lợi', 0])).toEqual({
      problems: [
        { row: 4, column: 'Số nhân khẩu', message: 'Dòng 4, cột «Số nhân khẩu»: phải lớn hơn hoặc bằng 1.' },
      ],
    });
  });
});
