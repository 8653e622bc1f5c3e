import { useTranslation } from 'react-i18next';
import type { ComplaintState } from '@/types/api';
import './state-tag.css';

// A complaint's state as antd draws a solid tag, in plain markup: it is on every row of a list of up to 100
// complaints, and antd's Tag is a themed component with style hooks of its own per row.
export function StateTag({ state }: { state: ComplaintState }) {
  const { t } = useTranslation();
  return <span className={`state-tag state-tag-${state}`}>{t(`common.state.${state}`)}</span>;
}
