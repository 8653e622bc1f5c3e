// placeholder until the feature lands
export default function Route() {
  return <div>shop-complaints</div>;
}
