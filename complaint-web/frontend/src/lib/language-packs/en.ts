// Everything the English pages need in words, in one file that only an English reader downloads (dayjs
// speaks English without a locale file).
import antd from 'antd/locale/en_US';
import { featuresOf } from './features-of';

export const translation = featuresOf(import.meta.glob('../../locales/en/*.json', { eager: true, import: 'default' }));
export { antd };
