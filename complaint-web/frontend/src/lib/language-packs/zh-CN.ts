// Everything the Chinese pages need in words, in one file that only a Chinese reader downloads: the app's
// translations, antd's own texts (pagination, date picker) and dayjs's month and weekday names.
import antd from 'antd/locale/zh_CN';
import 'dayjs/locale/zh-cn';
import { featuresOf } from './features-of';

export const translation = featuresOf(import.meta.glob('../../locales/zh-CN/*.json', { eager: true, import: 'default' }));
export { antd };
