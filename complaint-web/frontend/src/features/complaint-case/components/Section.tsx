import { Typography } from 'antd';
import { useId, type ReactNode } from 'react';

/** A part of the case page: a <section> named by its h2 heading. */
export function Section({ title, children, extra }: { title: string; children: ReactNode; extra?: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="complaint-section" style={{ marginBottom: 24 }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: 8 }}>
        <Typography.Title level={2} id={id} style={{ fontSize: 18, marginTop: 0, flex: 1 }}>
          {title}
        </Typography.Title>
        {extra}
      </div>
      {children}
    </section>
  );
}
