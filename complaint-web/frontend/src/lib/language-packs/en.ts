// The English words every page may need (the frame, the lists, sign-in, errors), with antd's own texts, in
// one file that only an English reader downloads (dayjs speaks English without a locale file). The other
// pages' words are in en.more.ts.
import antd from 'antd/locale/en_US';
import { featuresOf } from './features-of';

export const translation = featuresOf(
  import.meta.glob(
    ['../../locales/en/*.json', '!../../locales/en/{arbitration,audit,complaintCase,filing,operations}.json'],
    { eager: true, import: 'default' },
  ),
);
export { antd };
