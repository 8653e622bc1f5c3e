import { Button } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { pagesAround } from './pages-around';
import { PAGE_SIZES } from './complaint-list-params';

/** Where the reader is in a paged list, and what changes it. */
export interface ListPaging {
  /** 1-based. */
  current: number;
  pageSize: number;
  total: number;
  onChange: (page: number, pageSize: number) => void;
}

/**
 * "42 in all · ‹ 1 … 4 5 6 … 9 › · 20 a page": the pages as buttons in a navigation landmark, the page size as a
 * native select (on a phone, only the neighbours of the current page and no size). Written here rather than
 * antd's Pagination, whose page-size changer brings antd's whole Select onto the list pages.
 */
export function ListPager({ paging, compact }: { paging: ListPaging; compact?: boolean }) {
  const { t } = useTranslation();
  const sizeId = useId();
  const { current, pageSize, total, onChange } = paging;
  const last = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav aria-label={t('common.pagination.label')} className="list-pager">
      {compact ? null : <span>{t('common.pagination.total', { total })}</span>}
      <Button size="small" disabled={current <= 1} onClick={() => onChange(current - 1, pageSize)}>
        {t('common.pagination.previous')}
      </Button>
      <ol>
        {pagesAround(current, last, compact ? 0 : 2).map((page, index) =>
          page === null ? (
            <li key={`gap-${index}`} className="list-pager-gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={page}>
              <Button
                size="small"
                type={page === current ? 'primary' : 'default'}
                aria-current={page === current ? 'page' : undefined}
                aria-label={t('common.pagination.page', { page })}
                onClick={() => page !== current && onChange(page, pageSize)}
              >
                {page}
              </Button>
            </li>
          ),
        )}
      </ol>
      <Button size="small" disabled={current >= last} onClick={() => onChange(current + 1, pageSize)}>
        {t('common.pagination.next')}
      </Button>
      {compact ? null : (
        <>
          <label htmlFor={sizeId}>{t('common.pagination.pageSize')}</label>
          <select id={sizeId} className="native-select" value={pageSize} onChange={(event) => onChange(1, Number(event.target.value))}>
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {t('common.pagination.perPage', { size })}
              </option>
            ))}
          </select>
        </>
      )}
    </nav>
  );
}
