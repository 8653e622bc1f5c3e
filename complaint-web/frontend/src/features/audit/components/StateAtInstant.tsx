import { Alert, Card, Collapse, DatePicker, Descriptions, Form, Slider, Space, Spin, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Money } from '@/components/Money';
import { ProblemAlert } from '@/components/ProblemAlert';
import { StateTag } from '@/components/StateTag';
import { ApiError } from '@/lib/problem';
import type { AuditedEvent, ComplaintAtInstant } from '@/types/audit';
import { useComplaintState } from '../api/get-complaint-state';
import { formatPrecise, prettyJson } from './format-time';

interface Props {
  complaintId: string;
  events: AuditedEvent[];
  at: string | null;
  onAt: (at: string) => void;
}

/** The index of the last event that had happened by `at` (-1: none yet). */
export function lastEventAt(events: AuditedEvent[], at: string): number {
  const instant = dayjs(at).valueOf();
  let index = -1;
  events.forEach((event, i) => {
    if (event.occurredAt === at || dayjs(event.occurredAt).valueOf() <= instant) index = i;
  });
  return index;
}

/** The complaint as it stood at a chosen instant: step through its events, or pick any instant. */
export function StateAtInstant({ complaintId, events, at, onAt }: Props) {
  const { t } = useTranslation();
  const state = useComplaintState(complaintId, at);
  const index = at ? lastEventAt(events, at) : events.length - 1;
  const labelMarks = events.length <= 12;
  const marks = Object.fromEntries(
    events.map((event, i) => [i, labelMarks ? { label: <span className="audit-mark">{event.sequence}</span> } : ' ']),
  );
  return (
    <Card title={t('audit.state.title')}>
      <Form layout="vertical" component="div">
        <Form.Item label={t('audit.state.step')} extra={t('audit.state.stepHelp')}>
          <Slider
            min={0}
            max={Math.max(events.length - 1, 0)}
            step={null}
            marks={marks}
            value={Math.max(index, 0)}
            disabled={events.length === 0}
            ariaLabelForHandle={t('audit.state.step')}
            ariaValueTextFormatterForHandle={(i) => describe(events[i ?? 0])}
            tooltip={{ formatter: (i) => describe(events[i ?? 0]) }}
            onChange={(i) => {
              const event = events[i];
              if (event) onAt(event.occurredAt);
            }}
          />
        </Form.Item>
        <Form.Item label={t('audit.state.instant')} htmlFor="audit-state-instant">
          <DatePicker
            id="audit-state-instant"
            aria-label={t('audit.state.instant')}
            showTime={{ format: 'HH:mm:ss' }}
            format="YYYY-MM-DD HH:mm:ss"
            allowClear={false}
            value={at ? dayjs(at) : null}
            onChange={(value) => {
              if (value) onAt(value.toISOString());
            }}
          />
        </Form.Item>
      </Form>
      {at && (
        <Typography.Paragraph type="secondary" data-testid="state-as-of">
          {t('audit.state.asOf', { time: formatPrecise(at) })}
          {index >= 0 && ` · ${t('audit.state.lastEvent', { sequence: events[index].sequence, type: events[index].type })}`}
        </Typography.Paragraph>
      )}
      {state.isError ? (
        state.error instanceof ApiError && state.error.status === 404 ? (
          <Alert type="info" showIcon title={t('audit.state.notFiledYet')} />
        ) : (
          <ProblemAlert error={state.error} onRetry={() => void state.refetch()} />
        )
      ) : state.data ? (
        <Spin spinning={state.isFetching && state.isPlaceholderData}>
          <StateView view={state.data} />
        </Spin>
      ) : (
        at && <Spin />
      )}
    </Card>
  );

  function describe(event: AuditedEvent | undefined): string {
    return event ? `#${event.sequence} ${event.type} · ${formatPrecise(event.occurredAt)}` : '';
  }
}

function StateView({ view }: { view: ComplaintAtInstant }) {
  const { t } = useTranslation();
  const facts = view.facts;
  const dash = <Typography.Text type="secondary">—</Typography.Text>;
  const items: { key: string; label: string; children: ReactNode }[] = [
    { key: 'state', label: t('audit.fields.state'), children: facts.state ? <StateTag state={facts.state} /> : dash },
    { key: 'version', label: t('audit.fields.version'), children: view.version },
    { key: 'orderId', label: t('audit.fields.orderId'), children: facts.orderId ?? dash },
    { key: 'category', label: t('audit.fields.category'), children: facts.category ? t(`common.category.${facts.category}`) : dash },
    { key: 'buyerId', label: t('audit.fields.buyerId'), children: facts.buyerId ?? dash },
    { key: 'sellerId', label: t('audit.fields.sellerId'), children: facts.sellerId ?? dash },
    { key: 'filedAt', label: t('audit.fields.filedAt'), children: formatPrecise(facts.filedAt) || dash },
    { key: 'updatedAt', label: t('audit.fields.updatedAt'), children: formatPrecise(facts.updatedAt) || dash },
    { key: 'sellerResponseDueBy', label: t('audit.fields.sellerResponseDueBy'), children: formatPrecise(facts.sellerResponseDueBy) || dash },
    { key: 'negotiationDueBy', label: t('audit.fields.negotiationDueBy'), children: formatPrecise(facts.negotiationDueBy) || dash },
    {
      key: 'openOffer',
      label: t('audit.fields.openOffer'),
      children: facts.openOffer?.terms ? (
        <Space>
          {t(`common.offerType.${facts.openOffer.terms.type}`)}
          <Money fen={facts.openOffer.terms.amountFen} />
        </Space>
      ) : (
        dash
      ),
    },
    {
      key: 'pendingWithdrawal',
      label: t('audit.fields.pendingWithdrawal'),
      children: facts.pendingWithdrawal ? (
        <Space wrap>
          {t(`common.withdrawalReason.${facts.pendingWithdrawal.reason}`)}
          {facts.pendingWithdrawal.exceptional && <Tag color="red">{t('audit.fields.exceptional')}</Tag>}
        </Space>
      ) : (
        dash
      ),
    },
    {
      key: 'intervention',
      label: t('audit.fields.intervention'),
      children: facts.interventionReason ? (
        <Space wrap>
          {t(`common.interventionReason.${facts.interventionReason}`)}
          <Typography.Text type="secondary">{formatPrecise(facts.intervenedAt)}</Typography.Text>
        </Space>
      ) : (
        dash
      ),
    },
    { key: 'assignee', label: t('audit.fields.assignee'), children: facts.assignee ?? dash },
    {
      key: 'evidenceRequest',
      label: t('audit.fields.evidenceRequest'),
      children: facts.evidenceRequest ? (
        <Space wrap>
          {t(`common.evidenceParty.${facts.evidenceRequest.from}`)}
          <Typography.Text type="secondary">{formatPrecise(facts.evidenceRequest.dueBy)}</Typography.Text>
        </Space>
      ) : (
        dash
      ),
    },
    { key: 'suggestion', label: t('audit.fields.suggestion'), children: facts.suggestion?.rationale ?? dash },
    { key: 'ruledBy', label: t('audit.fields.ruledBy'), children: facts.ruledBy ?? dash },
    { key: 'eventCount', label: t('audit.fields.eventCount'), children: facts.eventCount ?? dash },
  ];
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="state-view">
      <Descriptions bordered size="small" column={2} items={items} />
      <Collapse
        items={[
          {
            key: 'json',
            label: t('audit.state.rawJson'),
            children: <pre style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{prettyJson(view)}</pre>,
          },
        ]}
      />
    </Space>
  );
}
