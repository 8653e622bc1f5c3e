import { Typography } from 'antd';

/** Text a person wrote: shown as text (React escapes it, never HTML), line breaks kept. */
export function UserText({ text, secondary }: { text: string | null | undefined; secondary?: boolean }) {
  if (!text) return null;
  return (
    <Typography.Paragraph className="pre-wrap" type={secondary ? 'secondary' : undefined} style={{ marginBottom: 4 }}>
      {text}
    </Typography.Paragraph>
  );
}
