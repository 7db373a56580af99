import { Input } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useOrganisationCommuneId } from './commune-scope';
import { SEARCH_PATH, searchPath } from './organisation-resources';

/** The header's search box: Enter opens the results page. Hidden where there is no commune to search, and on that page. */
export function HeaderSearch() {
  const communeId = useOrganisationCommuneId();
  const navigate = useNavigate();
  const location = useLocation();
  if (!communeId || location.pathname === SEARCH_PATH) return null;
  return (
    <Input.Search
      placeholder="Tìm người, hộ, khóm, đơn vị"
      aria-label="Tìm kiếm trong xã, phường"
      allowClear
      onSearch={(q) => {
        if (q.trim()) void navigate(searchPath(q));
      }}
      style={{ maxWidth: 360 }}
    />
  );
}
