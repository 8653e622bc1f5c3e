import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/problem';
import { dayjsLocale } from '@/lib/format';
import '@/lib/i18n';

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

export function newQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // a 4xx will not get better by asking again; a lost connection might
        retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
        refetchOnWindowFocus: true,
        staleTime: 1_000,
      },
      // offline, a command fails at once (NetworkError) instead of waiting to be sent by itself on reconnect:
      // its form offers to send it again, the person decides
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}

/** antd's locale and theme, dayjs's locale and the server-state cache, at the root of every page. */
export function AppProviders({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const [queryClient] = useState(newQueryClient);
  const english = i18n.language === 'en';
  useEffect(() => {
    dayjs.locale(dayjsLocale(i18n.language));
  }, [i18n.language]);
  return (
    <ConfigProvider locale={english ? enUS : zhCN} button={{ autoInsertSpace: false }} theme={THEME}>
      <AntApp>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
