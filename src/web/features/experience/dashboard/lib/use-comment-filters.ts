import { useSearchParams } from 'react-router';
import { ESTABLISHMENT_PARAM } from '../../lib/paths';
import { commentSearch, parseCommentParams, type CommentUrlFilters } from './comment-params';

/** The drill-down's filters, read from and written to the address. */
export function useCommentFilters() {
  const [params, setParams] = useSearchParams();
  const filters = parseCommentParams(params);
  /**
   * Changes some filters (back to page 1 unless a page is given). Works on the latest address,
   * so that a delayed update (the debounced search) does not undo another one.
   */
  const update = (values: Partial<CommentUrlFilters>) =>
    setParams((previous) =>
      commentSearch(previous.get(ESTABLISHMENT_PARAM), {
        ...parseCommentParams(previous),
        page: 1,
        ...values,
      }),
    );
  /** Another establishment: same filters but the service (each has its own), page 1. */
  const changeEstablishment = (id: string | null) =>
    setParams((previous) =>
      commentSearch(id, { ...parseCommentParams(previous), service: undefined, page: 1 }),
    );
  const clear = () => setParams((previous) => commentSearch(previous.get(ESTABLISHMENT_PARAM), {}));
  const { page: _page, ...rest } = filters;
  const filtered = Object.values(rest).some(Boolean);
  return { filters, update, clear, changeEstablishment, filtered };
}
