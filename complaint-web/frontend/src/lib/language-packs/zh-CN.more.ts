// The words of the pages beyond the lists and sign-in (a case, filing, arbitration, audit, operations), in
// Chinese: fetched with the first of those pages, so the lists' first load does not carry them.
import { featuresOf } from './features-of';

export const translation = featuresOf(
  import.meta.glob('../../locales/zh-CN/{arbitration,audit,complaintCase,filing,operations}.json', { eager: true, import: 'default' }),
);
