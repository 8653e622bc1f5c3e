import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ComplaintState } from '@/types/api';

// Solid tags (white text) in dark shades: antd's light preset tags fall below 4.5:1 contrast.
const COLOURS: Record<ComplaintState, string> = {
  AWAITING_SELLER: '#874d00',
  NEGOTIATING: '#0958d9',
  PLATFORM_INTERVENED: '#ad2102',
  RULED: '#531dab',
  WITHDRAWN: 'default',
};

export function StateTag({ state }: { state: ComplaintState }) {
  const { t } = useTranslation();
  return <Tag variant={state === 'WITHDRAWN' ? 'outlined' : 'solid'} color={COLOURS[state] ?? 'default'}>{t(`common.state.${state}`)}</Tag>;
}
