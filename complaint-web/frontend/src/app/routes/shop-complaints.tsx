import { RoleGate } from '@/components/RoleGate';
import { ShopComplaints } from '@/features/shop-complaints/components/ShopComplaints';

/** /shop/complaints?state=&page=&size= (page counted from 1 in the URL). */
export default function ShopComplaintsRoute() {
  return (
    <RoleGate roles={['SELLER']}>
      <ShopComplaints />
    </RoleGate>
  );
}
