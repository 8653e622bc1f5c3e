import { Alert, Space, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useSession } from '@/features/auth/api/get-session';
import type { Role } from '@/types/api';
import { useComplaint } from '../api/get-complaint';
import { CaseActions } from './CaseActions';
import { CaseHeader } from './CaseHeader';
import { CaseTimeline } from './CaseTimeline';
import { EvidenceList } from './EvidenceList';
import { EvidenceRequestsSection } from './EvidenceRequestsSection';
import { FulfilmentSection } from './FulfilmentSection';
import { InterventionsSection } from './InterventionsSection';
import { OffersSection } from './OffersSection';
import { ReconsiderationSection } from './ReconsiderationSection';
import { RulingSection } from './RulingSection';
import { Section } from './Section';
import { SellerResponseSection } from './SellerResponseSection';
import { SuggestionsSection } from './SuggestionsSection';
import { UserText } from './UserText';
import { WithdrawalRequestsSection } from './WithdrawalRequestsSection';

const STAFF: Role[] = ['ARBITRATOR', 'SUPERVISOR', 'AUDITOR'];

/** The whole case for its buyer, its seller and the platform's staff, with the actions the server offers now. */
export function ComplaintPage({ complaintId }: { complaintId: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const query = useComplaint(complaintId);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  // an action done: the focus goes to the sentence saying so (its dialog and often its button are gone), so a
  // keyboard or screen reader user hears it and goes on from there rather than from the top of the page
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);
  const roles = session.data?.roles ?? [];
  const staff = roles.some((role) => STAFF.includes(role));
  if (query.isPending) return <Spin aria-label={t('common.loading')} />;
  if (!query.data) {
    return (
      <>
        <Typography.Title level={1} style={{ fontSize: 24 }}>{t('complaintCase.titleOnly')}</Typography.Title>
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  const detail = query.data;
  return (
    <article>
      <CaseHeader detail={detail} staff={staff} />
      {query.isRefetchError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {notice && (
        <div ref={noticeRef} tabIndex={-1} className="case-notice">
          <Alert type="success" showIcon closable role="status" title={notice} onClose={() => setNotice(null)} style={{ marginBottom: 16 }} />
        </div>
      )}
      <FulfilmentSection detail={detail} />
      <Section title={t('complaintCase.sections.actions')}
        extra={roles.includes('AUDITOR') ? (
          <Link to={`/audit/complaints/${encodeURIComponent(detail.complaintId)}`}>{t('complaintCase.auditLink')}</Link>
        ) : undefined}>
        {(detail.availableActions ?? []).length > 0 ? (
          <CaseActions detail={detail} onDone={setNotice} />
        ) : (
          <Typography.Text type="secondary">{t('complaintCase.noActions')}</Typography.Text>
        )}
      </Section>
      {detail.ruling && (
        <RulingSection ruling={detail.ruling} staff={staff}
          underReconsideration={Boolean(detail.reconsideration && !detail.reconsideration.decision)} />
      )}
      {detail.reconsideration && <ReconsiderationSection reconsideration={detail.reconsideration} staff={staff} />}
      <Section title={t('complaintCase.sections.description')}>
        {detail.description ? <UserText text={detail.description} /> : <Typography.Text type="secondary">—</Typography.Text>}
      </Section>
      <Section title={t('complaintCase.sections.evidence')}>
        <EvidenceList evidence={detail.evidence ?? []} />
      </Section>
      <SellerResponseSection response={detail.sellerResponse} />
      <OffersSection offers={detail.offers ?? []} />
      <Space orientation="vertical" style={{ width: '100%' }} size={0}>
        <WithdrawalRequestsSection requests={detail.withdrawalRequests ?? []} />
        <InterventionsSection interventions={detail.interventions ?? []} />
        <EvidenceRequestsSection requests={detail.evidenceRequests ?? []} />
        <SuggestionsSection suggestions={detail.withdrawalSuggestions ?? []} />
      </Space>
      <Section title={t('complaintCase.sections.timeline')}>
        <CaseTimeline entries={detail.timeline ?? []} />
      </Section>
    </article>
  );
}
