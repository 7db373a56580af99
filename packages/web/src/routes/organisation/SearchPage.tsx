import { useEffect, useRef, useState } from 'react';
import { Card, Col, Empty, Flex, Input, Row, Skeleton, Tag, Typography } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { formatNumberVi, type SearchHit, type SearchResults } from '@thidua/domain';
import { useOrganisationSearch } from '../../api/organisation-hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { useCommuneId } from '../../shell/commune-scope';
import { RESOURCE_OF_HIT, recordPath } from './organisation-resources';
import { ScopedLink } from '../../shell/links';

const SEARCH_LABEL = 'Tìm người, hộ gia đình, khóm, đơn vị';

const GROUPS: { key: Exclude<keyof SearchResults, 'query'>; title: string }[] = [
  { key: 'people', title: 'Nhân sự' },
  { key: 'households', title: 'Hộ gia đình' },
  { key: 'groups', title: 'Khóm, tổ dân phố' },
  { key: 'units', title: 'Cơ quan, đơn vị' },
];

/** «Tìm kiếm» (`/tim-kiem?q=…`): one box over people, households, groups and units, without diacritics. */
export function SearchPage() {
  const communeId = useCommuneId();
  const [params, setParams] = useSearchParams();
  const urlText = params.get('q') ?? '';
  const [text, setText] = useState(urlText);
  // The header's box can bring another query while this page is open: follow it.
  const [followed, setFollowed] = useState(urlText);
  if (urlText !== followed) {
    setFollowed(urlText);
    setText(urlText);
  }
  const q = useDebouncedValue(text.trim());
  const results = useOrganisationSearch(communeId, q);

  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const change = (next: string) => {
    setText(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      setFollowed(next.trim());
      setParams(next.trim() ? { q: next.trim() } : {}, { replace: true });
    }, 400);
  };

  return (
    <>
      <PageHeader title="Tìm kiếm" />
      <Input
        type="search"
        size="large"
        autoFocus
        allowClear
        prefix={<SearchOutlined aria-hidden />}
        placeholder={`${SEARCH_LABEL} (không cần gõ dấu)`}
        aria-label={SEARCH_LABEL}
        value={text}
        onChange={(event) => change(event.target.value)}
        style={{ maxWidth: 640, marginBottom: 24 }}
      />
      {q === '' ? (
        <Empty description="Gõ tên người, chủ hộ, địa chỉ, khóm hay đơn vị để tìm; không cần gõ dấu, ví dụ «nguyen van an»." />
      ) : results.isError ? (
        <ErrorAlert error={results.error} />
      ) : results.isPending ? (
        <Skeleton active />
      ) : (
        <SearchResultGroups results={results.data} />
      )}
    </>
  );
}

function SearchResultGroups({ results }: { results: SearchResults }) {
  const found = GROUPS.filter((group) => results[group.key].length > 0);
  if (found.length === 0)
    return (
      <Empty
        description={`Không tìm thấy «${results.query}». Thử gõ ít chữ hơn, ví dụ chỉ tên hoặc tên đường.`}
      />
    );
  return (
    <Row gutter={[16, 16]}>
      {found.map((group) => (
        <Col key={group.key} xs={24} xl={12}>
          <Card title={`${group.title} (${formatNumberVi(results[group.key].length)})`} size="small">
            <Flex vertical gap={12} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {results[group.key].map((hit) => (
                <SearchHitItem key={hit.id} hit={hit} />
              ))}
            </Flex>
          </Card>
        </Col>
      ))}
    </Row>
  );
}

function SearchHitItem({ hit }: { hit: SearchHit }) {
  return (
    <li>
      <ScopedLink to={recordPath(RESOURCE_OF_HIT[hit.kind], hit.id)}>{hit.title}</ScopedLink>
      {hit.retiredOn && <Tag style={{ marginInlineStart: 8 }}>Đã thôi</Tag>}
      {hit.detail && (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
          {hit.detail}
        </Typography.Text>
      )}
    </li>
  );
}
