import { Button, Layout, Space } from 'antd';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLogout } from '@/features/auth/api/logout';
import { navigationFor } from '@/lib/authorization';
import type { Session } from '@/types/api';
import { ConnectionNotice } from './ConnectionNotice';
import { LanguageSwitch } from './LanguageSwitch';
import { Text } from './text';

const MAIN_ID = 'main-content';

/** The frame of every signed-in page: the role's navigation, the language switch, who is signed in. */
export function AppLayout({ session }: { session: Session }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const logout = useLogout();
  const items = navigationFor(session.roles).map((entry) => ({ key: entry.path, label: t(entry.key) }));
  const selected = items
    .map((item) => item.key)
    .filter((path) => location.pathname === path || location.pathname.startsWith(`${path}/`))
    .sort((a, b) => b.length - a.length)
    .slice(0, 1);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      {/* the first stop of Tab: past the navigation, straight to the page's content (seen only while focused) */}
      <a
        href={`#${MAIN_ID}`}
        className="skip-link"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById(MAIN_ID)?.focus();
        }}
      >
        {t('common.skipToContent')}
      </a>
      <Layout.Header className="app-header">
        <Text strong className="app-title">
          {t('common.appName')}
        </Text>
        {/* plain links drawn as antd's dark horizontal menu: antd's Menu measures its items to fold them into
            a "more" list (and brings its dropdown's code) on every signed-in page, for at most three entries */}
        <nav aria-label={t('common.mainNavigation')} className="app-nav">
          <ul>
            {items.map((item) => (
              <li key={item.key}>
                <Link to={item.key} aria-current={selected.includes(item.key) ? 'page' : undefined}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <Space wrap size="small" className="app-user">
          <LanguageSwitch />
          <Text className="app-username" data-testid="signed-in-as">
            {session.username}
          </Text>
          <Button size="small" onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/login') })}>
            {t('auth.signOut')}
          </Button>
        </Space>
      </Layout.Header>
      {/* antd's Layout.Content is the page's one <main> landmark already */}
      <Layout.Content className="app-content" id={MAIN_ID} tabIndex={-1}>
        <ConnectionNotice>
          <Outlet />
        </ConnectionNotice>
      </Layout.Content>
    </Layout>
  );
}
