import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider, theme } from 'antd';
import dayjs from 'dayjs';
import { useEffect, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { dayjsLocale } from '@/lib/format';
import { antdLocaleOf } from '@/lib/i18n';
import { queryClient } from './query-client';

// antd's faint greys (placeholders, secondary text) fall below WCAG AA contrast on white: darkened so that
// every text meets 4.5:1, as axe-core checks on every page.
const THEME = {
  token: {
    colorPrimary: '#c4320a',
    borderRadius: 6,
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextQuaternary: 'rgba(0, 0, 0, 0.58)',
    colorLink: '#0958d9',
    colorInfo: '#0958d9',
    colorError: '#c41d1d',
    colorSuccess: '#237804',
    // antd derives the light backgrounds from the dark shades above, which turns them a dull grey-green/brown
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    colorWarningBg: '#fffbe6',
    colorWarningBorder: '#ffe58f',
    colorErrorBg: '#fff2f0',
    colorErrorBorder: '#ffccc7',
    colorInfoBg: '#e6f4ff',
    colorInfoBorder: '#91caff',
    colorWarning: '#ad6800',
  },
};

/** antd's locale and theme, dayjs's locale and the server-state cache, at the root of every page. */
export function AppProviders({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  useEffect(() => {
    dayjs.locale(dayjsLocale(i18n.language));
  }, [i18n.language]);
  return (
    <ConfigProvider locale={antdLocaleOf(i18n.language)} button={{ autoInsertSpace: false }} theme={THEME}>
      <TextRoot>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </TextRoot>
    </ConfigProvider>
  );
}

/**
 * The theme's text colour, size and font for the whole page, as antd's <App> gives them. <App> itself is not
 * used: it also mounts the message, notification and modal holders (and their code) that no page calls.
 */
function TextRoot({ children }: { children: ReactNode }) {
  const { token } = theme.useToken();
  // the theme's colours that plain markup (text.tsx, the complaint lists) draws with, as CSS variables
  const variables = {
    '--app-text-secondary': token.colorTextDescription,
    '--app-text-danger': token.colorErrorText,
    '--app-text-heading': token.colorTextHeading,
    '--app-link': token.colorLink,
    '--app-primary': token.colorPrimary,
  } as CSSProperties;
  return (
    <div style={{ ...variables, color: token.colorText, fontSize: token.fontSize, lineHeight: token.lineHeight, fontFamily: token.fontFamily }}>
      {children}
    </div>
  );
}
