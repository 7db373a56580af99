import { describe, expect, it } from 'vitest';
import { escapeLikePattern, foldForSearch, nameSortKey, searchTextOf } from './search-text';

describe('foldForSearch', () => {
  it.each([
    ['Nguyễn Văn An', 'nguyen van an'],
    ['Tổ dân phố 3', 'to dan pho 3'],
    ['ĐOÀN THANH NIÊN', 'doan thanh nien'],
    ['  Hội   Cựu chiến binh ', 'hoi cuu chien binh'],
    ['Khóm Bình Đức', 'khom binh duc'],
  ])('folds «%s» to «%s»', (text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });

  it('treats composed and decomposed Unicode alike (text pasted from Word is often decomposed)', () => {
    const decomposed = 'Nguyễn'.normalize('NFD');
    expect(decomposed).not.toBe('Nguyễn');
    expect(foldForSearch(decomposed)).toBe(foldForSearch('Nguyễn'));
  });
});

describe('searchTextOf', () => {
  it('joins the folded parts and skips blanks', () => {
    expect(searchTextOf('Trần Thị Bé', null, '', 'Tổ 5')).toBe('tran thi be to 5');
  });
});

describe('escapeLikePattern', () => {
  it('makes LIKE wildcards match themselves', () => {
    expect(escapeLikePattern('50%_a\\b')).toBe('50\\%\\_a\\\\b');
  });
});

describe('nameSortKey', () => {
  it('orders by given name first, as Vietnamese lists do', () => {
    const names = ['Nguyễn Thị Bình', 'Lê Văn An', 'Trần An', 'Đỗ Thị Ánh'];
    expect([...names].sort((a, b) => nameSortKey(a).localeCompare(nameSortKey(b)))).toEqual([
      'Lê Văn An',
      'Trần An',
      'Đỗ Thị Ánh',
      'Nguyễn Thị Bình',
    ]);
  });
});
