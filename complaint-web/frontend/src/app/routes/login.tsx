import { Flex } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { LoginForm } from '@/features/auth/components/LoginForm';
import { homeFor } from '@/lib/authorization';
import { useSession } from '@/features/auth/api/get-session';
import { useEffect } from 'react';

/** After signing in the reader goes back to where the expired session found them, else to their role's home. */
export default function LoginRoute() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const session = useSession();
  const next = safeNext(params.get('next'));
  useEffect(() => {
    if (session.data) navigate(next ?? homeFor(session.data.roles), { replace: true });
  }, [session.data, next, navigate]);
  return (
    <main>
      <Flex vertical align="center" gap={16} style={{ padding: '48px 12px' }}>
        <LanguageSwitch />
        <div style={{ width: '100%', maxWidth: 380 }}>
          <LoginForm onSignedIn={() => undefined} />
        </div>
      </Flex>
    </main>
  );
}

/** Only a path of this site: ?next= must not send anyone elsewhere. */
function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : null;
}
