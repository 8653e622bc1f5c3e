import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatFen, formatInstant } from '@/lib/format';
import type { ComplaintDetail } from '@/types/api';
import { Section } from './Section';

/**
 * While an accepted settlement is being carried out (the server's next deadline is its fulfilment window): what was
 * agreed, by when the seller carries it out, that no new offer can be made meanwhile, and what follows. The parties
 * read it above their actions, which alone say what each of them may do now.
 */
export function FulfilmentSection({ detail }: { detail: ComplaintDetail }) {
  const { t, i18n } = useTranslation();
  const deadline = detail.nextDeadline;
  if (deadline?.kind !== 'SETTLEMENT_FULFILMENT') return null;
  // an older server sends no offer history: the sentences about the window stand without the terms
  const offer = (detail.offers ?? []).find((candidate) => candidate.status === 'ACCEPTED');
  const terms = offer && [t(`common.offerType.${offer.type}`), formatFen(offer.amountFen)].filter(Boolean).join(' ');
  return (
    <Section title={t('complaintCase.fulfilment.title')}>
      {terms && <Typography.Paragraph>{t('complaintCase.fulfilment.accepted', { terms })}</Typography.Paragraph>}
      <Typography.Paragraph strong>
        {t('complaintCase.fulfilment.due', { dueBy: formatInstant(deadline.dueBy, i18n.language) })}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('complaintCase.fulfilment.next')}</Typography.Paragraph>
    </Section>
  );
}
