import { RoleGate } from '@/components/RoleGate';
import { ArbitrationWorkbench } from '@/features/arbitration/components/ArbitrationWorkbench';

export default function ArbitrationRoute() {
  return (
    <RoleGate roles={['ARBITRATOR', 'SUPERVISOR']}>
      <ArbitrationWorkbench />
    </RoleGate>
  );
}
