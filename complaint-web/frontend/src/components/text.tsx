import type { CSSProperties, HTMLAttributes, ReactNode } from 'react';

// antd's Typography.Text and Title as they look here (the theme's colours and weight), without Typography:
// its code (ellipsis measuring, copy and edit buttons with a text area and tooltips) was a good part of the
// JavaScript that the login page and the complaint lists load, for none of those features. The colours are the
// theme's, set once as CSS variables at the root (providers.tsx): a list of 100 complaints has hundreds of
// these, and each reading the theme itself was one more hook per text.

interface TextProps extends HTMLAttributes<HTMLSpanElement> {
  /** As Typography.Text's type: the theme's description grey, or its error red. */
  type?: 'secondary' | 'danger';
  strong?: boolean;
  'data-testid'?: string;
}

const COLOURS = { secondary: 'var(--app-text-secondary)', danger: 'var(--app-text-danger)' };

export function Text({ type, strong, style, children, ...rest }: TextProps) {
  return (
    <span {...rest} style={{ color: type ? COLOURS[type] : undefined, fontWeight: strong ? 600 : undefined, ...style }}>
      {children}
    </span>
  );
}

/** The page's <h1>, in Typography.Title's heading colour and weight; the size is the page's to give. */
export function PageTitle({ style, children }: { style?: CSSProperties; children: ReactNode }) {
  return <h1 style={{ color: 'var(--app-text-heading)', fontWeight: 600, lineHeight: 1.2105, ...style }}>{children}</h1>;
}
