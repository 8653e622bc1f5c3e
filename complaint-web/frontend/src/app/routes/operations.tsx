import { RoleGate } from '@/components/RoleGate';
import { OperationsPage } from '@/features/operations/components/OperationsPage';

export default function OperationsRoute() {
  return (
    <RoleGate roles={['OPERATOR']}>
      <OperationsPage />
    </RoleGate>
  );
}
