import { Button, Modal, Space } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { NetworkError } from '@/lib/problem';
import type { Action, ComplaintDetail } from '@/types/api';
import { useAssign } from '../api/assign';
import { useRelease } from '../api/release';
import { complaintQueryOptions } from '../api/get-complaint';
import { AcceptOfferForm } from './AcceptOfferForm';
import { AddEvidenceForm } from './AddEvidenceForm';
import { DecideReconsiderationForm } from './DecideReconsiderationForm';
import { DeclineOfferForm } from './DeclineOfferForm';
import { DeclineSuggestionForm, InterventionForm } from './NoteActions';
import { OfferForm } from './OfferForm';
import { ReassignForm } from './ReassignForm';
import { ReportUnfulfilledForm } from './ReportUnfulfilledForm';
import { RequestReconsiderationForm } from './RequestReconsiderationForm';
import { RequestEvidenceForm } from './RequestEvidenceForm';
import { RespondForm } from './RespondForm';
import { ReviewWithdrawalForm } from './ReviewWithdrawalForm';
import { RulingForm } from './RulingForm';
import { SuggestWithdrawalForm } from './SuggestWithdrawalForm';
import { WithdrawForm } from './WithdrawForm';

/** The order the buttons appear in. */
const ORDER: Action[] = ['TAKE', 'REASSIGN', 'RESPOND', 'OFFER_SETTLEMENT', 'ACCEPT_OFFER', 'DECLINE_OFFER', 'REVIEW_WITHDRAWAL',
  'REQUEST_EVIDENCE', 'SUGGEST_WITHDRAWAL', 'RULE', 'DECIDE_RECONSIDERATION', 'REQUEST_RECONSIDERATION', 'ADD_EVIDENCE',
  'REQUEST_INTERVENTION', 'REPORT_SETTLEMENT_UNFULFILLED', 'DECLINE_WITHDRAWAL_SUGGESTION', 'RELEASE', 'WITHDRAW'];

/** The arbitrator's binding decisions: made on the version shown (If-Match), drawn as the page's main button. */
const PRIMARY = new Set<Action>(['RULE', 'DECIDE_RECONSIDERATION']);

/** Steps taken at once, without a form: taking the case, and giving it back. */
const IMMEDIATE: Partial<Record<Action, 'take' | 'release'>> = { TAKE: 'take', RELEASE: 'release' };

/** Exactly the actions the server offers this caller now; each opens its form in a dialog. */
export function CaseActions({ detail, onDone }: { detail: ComplaintDetail; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<Action | null>(null);
  const [rulingVersion, setRulingVersion] = useState(detail.version);
  const [reloading, setReloading] = useState(false);
  const assign = useAssign(detail.complaintId);
  const release = useRelease(detail.complaintId);
  const immediate = { take: assign, release };
  /** The button that opened the dialog: cancelled (Escape, ×), the focus goes back to it, not to the page's top. */
  const trigger = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (open || !trigger.current) return;
    if (trigger.current.isConnected) trigger.current.focus();
    trigger.current = null;
  }, [open]);
  const offered = new Set(detail.availableActions ?? []);
  if ((detail.withdrawalOptions ?? []).length === 0) offered.delete('WITHDRAW');
  const actions = ORDER.filter((action) => offered.has(action));
  const done = (message: string) => {
    trigger.current = null; // done: the page moves the focus to the sentence saying so
    setOpen(null);
    onDone(message);
  };
  const start = (action: Action) => {
    const step = IMMEDIATE[action];
    if (step) {
      const done = step === 'take' ? 'complaintCase.assign.done' : 'complaintCase.release.done';
      immediate[step].mutate(undefined, { onSuccess: () => onDone(t(done)) });
      return;
    }
    // a ruling and a decision on its reconsideration are made on the version the arbitrator is shown now
    if (PRIMARY.has(action)) setRulingVersion(detail.version);
    trigger.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpen(action);
  };
  const reloadLatest = async () => {
    setReloading(true);
    try {
      const latest = await queryClient.fetchQuery({ ...complaintQueryOptions(detail.complaintId), staleTime: 0 });
      setRulingVersion(latest.version);
    } finally {
      setReloading(false);
    }
  };
  const props = { complaintId: detail.complaintId, onDone: done };
  const forms: Partial<Record<Action, () => ReactNode>> = {
    RESPOND: () => <RespondForm {...props} />,
    OFFER_SETTLEMENT: () => <OfferForm {...props} />,
    ACCEPT_OFFER: () => <AcceptOfferForm {...props} offer={detail.openOffer} />,
    DECLINE_OFFER: () => <DeclineOfferForm {...props} offer={detail.openOffer} />,
    WITHDRAW: () => <WithdrawForm {...props} options={detail.withdrawalOptions ?? []} />,
    REQUEST_INTERVENTION: () => <InterventionForm {...props} />,
    REPORT_SETTLEMENT_UNFULFILLED: () => <ReportUnfulfilledForm {...props} />,
    DECLINE_WITHDRAWAL_SUGGESTION: () => <DeclineSuggestionForm {...props} rationale={detail.withdrawalSuggestion?.rationale} />,
    ADD_EVIDENCE: () => <AddEvidenceForm {...props} />,
    REQUEST_EVIDENCE: () => <RequestEvidenceForm {...props} />,
    SUGGEST_WITHDRAWAL: () => <SuggestWithdrawalForm {...props} />,
    REVIEW_WITHDRAWAL: () => <ReviewWithdrawalForm {...props} detail={detail} />,
    REASSIGN: () => <ReassignForm {...props} assignee={detail.assignee} />,
    RULE: () => <RulingForm {...props} version={rulingVersion} onReload={() => void reloadLatest()} reloading={reloading} />,
    DECIDE_RECONSIDERATION: () => (
      <DecideReconsiderationForm {...props} ruling={detail.ruling} reconsideration={detail.reconsideration} version={rulingVersion}
        onReload={() => void reloadLatest()} reloading={reloading} />
    ),
    REQUEST_RECONSIDERATION: () => <RequestReconsiderationForm {...props} dueBy={detail.ruling?.reconsiderationDueBy} />,
  };
  if (actions.length === 0 && !open) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        {actions.map((action) => (
          <Button key={action} type={PRIMARY.has(action) || action === 'TAKE' ? 'primary' : 'default'}
            danger={action === 'WITHDRAW'} loading={IMMEDIATE[action] !== undefined && immediate[IMMEDIATE[action]!].isPending}
            onClick={() => start(action)}>
            {t(`common.action.${action}`)}
          </Button>
        ))}
      </Space>
      <ProblemAlert error={assign.error} command onRetry={assign.error instanceof NetworkError ? () => start('TAKE') : undefined} />
      <ProblemAlert error={release.error} command onRetry={release.error instanceof NetworkError ? () => start('RELEASE') : undefined} />
      {open && (
        <Modal open title={t(`common.action.${open}`)} footer={null} onCancel={() => setOpen(null)} width={640}
          cancelText={t('common.cancel')} destroyOnHidden>
          {forms[open]?.()}
        </Modal>
      )}
    </Space>
  );
}
