import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDeclineSuggestion } from '../api/decline-suggestion';
import { useRequestIntervention } from '../api/request-intervention';
import { NoteOnlyForm } from './NoteOnlyForm';
import { UserText } from './UserText';
import type { ActionFormProps } from './action-form';

/** A party asks the platform to step in, with an optional note. */
export function InterventionForm({ complaintId, onDone }: ActionFormProps) {
  const { t } = useTranslation();
  const mutation = useRequestIntervention(complaintId);
  return (
    <>
      <Typography.Paragraph>{t('complaintCase.intervention.explain')}</Typography.Paragraph>
      <NoteOnlyForm label={t('complaintCase.intervention.note')} mutation={mutation}
        onDone={() => onDone(t('complaintCase.intervention.done'))} />
    </>
  );
}

/** The buyer declines the platform's withdrawal suggestion, with an optional reason. */
export function DeclineSuggestionForm({ complaintId, onDone, rationale }: ActionFormProps & { rationale?: string | null }) {
  const { t } = useTranslation();
  const mutation = useDeclineSuggestion(complaintId);
  return (
    <>
      {rationale && (
        <>
          <Typography.Text type="secondary">{t('complaintCase.declineSuggestion.rationale')}</Typography.Text>
          <UserText text={rationale} />
        </>
      )}
      <NoteOnlyForm label={t('complaintCase.declineSuggestion.note')} mutation={mutation}
        onDone={() => onDone(t('complaintCase.declineSuggestion.done'))} />
    </>
  );
}
