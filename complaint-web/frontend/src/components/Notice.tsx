import { Alert, Button } from 'antd';

interface Props {
  title: string;
  text: string;
  /** A button under the notice, e.g. reload. */
  action?: { label: string; onClick: () => void };
}

/**
 * A page that cannot be shown (not for this role, failed to load), said in words. An Alert rather than antd's
 * Result: Result carries large illustrations that every page would load for a case people rarely see.
 */
export function Notice({ title, text, action }: Props) {
  return (
    <Alert
      type="warning"
      showIcon
      title={title}
      description={text}
      action={action ? <Button onClick={action.onClick}>{action.label}</Button> : undefined}
      style={{ margin: 16 }}
    />
  );
}
