// The Chinese words every page may need (the frame, the lists, sign-in, errors), with antd's own texts
// (pagination, date picker) and dayjs's month names, in one file that only a Chinese reader downloads. The
// other pages' words are in zh-CN.more.ts.
import antd from 'antd/locale/zh_CN';
import 'dayjs/locale/zh-cn';
import { featuresOf } from './features-of';

export const translation = featuresOf(
  import.meta.glob(
    ['../../locales/zh-CN/*.json', '!../../locales/zh-CN/{arbitration,audit,complaintCase,filing,operations}.json'],
    { eager: true, import: 'default' },
  ),
);
export { antd };
