import { RoleGate } from '@/components/RoleGate';
import { AuditHome } from '@/features/audit/components/AuditHome';

export default function AuditRoute() {
  return (
    <RoleGate roles={['AUDITOR']}>
      <AuditHome />
    </RoleGate>
  );
}
