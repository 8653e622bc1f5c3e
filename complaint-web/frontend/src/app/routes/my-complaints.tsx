import { RoleGate } from '@/components/RoleGate';
import { MyComplaints } from '@/features/my-complaints/components/MyComplaints';

/** /my/complaints?state=&page=&size= (page counted from 1 in the URL). */
export default function MyComplaintsRoute() {
  return (
    <RoleGate roles={['BUYER']}>
      <MyComplaints />
    </RoleGate>
  );
}
