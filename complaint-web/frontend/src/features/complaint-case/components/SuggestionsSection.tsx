import { List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '@/lib/format';
import type { WithdrawalSuggestionView } from '@/types/api';
import { Section } from './Section';
import { UserText } from './UserText';

/** The platform's suggestions that the buyer withdraw, with the rationale and the buyer's answer. */
export function SuggestionsSection({ suggestions }: { suggestions: WithdrawalSuggestionView[] }) {
  const { t, i18n } = useTranslation();
  if (suggestions.length === 0) return null;
  return (
    <Section title={t('complaintCase.sections.suggestions')}>
      <List
        size="small"
        dataSource={suggestions}
        rowKey="suggestedAt"
        renderItem={(suggestion) => (
          <List.Item>
            <Space orientation="vertical" size={2} style={{ width: '100%' }}>
              <Space wrap size={8}>
                <Typography.Text type="secondary">
                  {t('complaintCase.suggestions.suggestedAt', { at: formatInstant(suggestion.suggestedAt, i18n.language) })}
                </Typography.Text>
                <Tag>{t(`common.requestStatus.${suggestion.status}`)}</Tag>
              </Space>
              <UserText text={suggestion.rationale} />
              {suggestion.declineNote && (
                <>
                  <Typography.Text type="secondary">{t('complaintCase.suggestions.declineNote')}</Typography.Text>
                  <UserText text={suggestion.declineNote} />
                </>
              )}
            </Space>
          </List.Item>
        )}
      />
    </Section>
  );
}
