import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ComplaintState } from '@/types/api';

const COLOURS: Record<ComplaintState, string> = {
  AWAITING_SELLER: 'gold',
  NEGOTIATING: 'blue',
  PLATFORM_INTERVENED: 'volcano',
  RULED: 'purple',
  WITHDRAWN: 'default',
};

export function StateTag({ state }: { state: ComplaintState }) {
  const { t } = useTranslation();
  return <Tag color={COLOURS[state] ?? 'default'}>{t(`common.state.${state}`)}</Tag>;
}
