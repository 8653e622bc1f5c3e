import { theme } from 'antd';
import type { CSSProperties, HTMLAttributes, ReactNode } from 'react';

// antd's Typography.Text and Title as they look here (the theme's colours and weight), without Typography:
// its code (ellipsis measuring, copy and edit buttons with a text area and tooltips) was a good part of the
// JavaScript that the login page and the complaint lists load, for none of those features.

interface TextProps extends HTMLAttributes<HTMLSpanElement> {
  /** As Typography.Text's type: the theme's description grey, or its error red. */
  type?: 'secondary' | 'danger';
  strong?: boolean;
  'data-testid'?: string;
}

export function Text({ type, strong, style, children, ...rest }: TextProps) {
  const { token } = theme.useToken();
  const color = type === 'danger' ? token.colorErrorText : type === 'secondary' ? token.colorTextDescription : undefined;
  return (
    <span {...rest} style={{ color, fontWeight: strong ? token.fontWeightStrong : undefined, ...style }}>
      {children}
    </span>
  );
}

/** The page's <h1>, in Typography.Title's heading colour and weight; the size is the page's to give. */
export function PageTitle({ style, children }: { style?: CSSProperties; children: ReactNode }) {
  const { token } = theme.useToken();
  return (
    <h1 style={{ color: token.colorTextHeading, fontWeight: token.fontWeightStrong, lineHeight: token.lineHeightHeading1, ...style }}>
      {children}
    </h1>
  );
}
