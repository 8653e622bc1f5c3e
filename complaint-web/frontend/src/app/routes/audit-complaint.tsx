import { useParams } from 'react-router';
import { RoleGate } from '@/components/RoleGate';
import { AuditComplaintPage } from '@/features/audit/components/AuditComplaintPage';

export default function AuditComplaintRoute() {
  const { complaintId = '' } = useParams();
  return (
    <RoleGate roles={['AUDITOR']}>
      <AuditComplaintPage key={complaintId} complaintId={complaintId} />
    </RoleGate>
  );
}
