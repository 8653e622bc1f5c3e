import { Navigate } from 'react-router';
import { useSession } from '@/features/auth/api/get-session';
import { homeFor } from '@/lib/authorization';

export default function HomeRoute() {
  const session = useSession();
  return <Navigate to={homeFor(session.data?.roles ?? [])} replace />;
}
