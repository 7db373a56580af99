import { Input } from 'antd';
import { useLocation } from 'react-router';
import { useOrganisationCommuneId } from '../../shell/commune-scope';
import { paths, searchPath } from '../../shell/paths';
import { useScopedNavigate } from '../../shell/links';

/** The header's search box: Enter opens the results page. Hidden where there is no commune to search, and on that page. */
export function HeaderSearch() {
  const communeId = useOrganisationCommuneId();
  const navigate = useScopedNavigate();
  const location = useLocation();
  if (!communeId || location.pathname === paths.search) return null;
  return (
    <Input.Search
      placeholder="Tìm người, hộ, khóm, đơn vị"
      aria-label="Tìm kiếm trong xã, phường"
      allowClear
      onSearch={(q) => {
        if (q.trim()) navigate(searchPath(q));
      }}
      style={{ maxWidth: 360 }}
    />
  );
}
