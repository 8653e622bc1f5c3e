import { useParams } from 'react-router';
import { RoleGate } from '@/components/RoleGate';
import { ComplaintPage } from '@/features/complaint-case/components/ComplaintPage';

/** /complaints/:complaintId — the whole case for its parties and the platform's staff. */
export default function Route() {
  const { complaintId = '' } = useParams();
  return (
    <RoleGate roles={['BUYER', 'SELLER', 'ARBITRATOR', 'SUPERVISOR', 'AUDITOR']}>
      <ComplaintPage key={complaintId} complaintId={complaintId} />
    </RoleGate>
  );
}
