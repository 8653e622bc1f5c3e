import { expect, personPage, test } from './support/fixtures';
import { fileComplaint, offerSettlement } from './support/api-steps';
import { shownInstant, uniqueOrderId } from './support/story-steps';

// Story (f): a settlement the seller does not carry out. The buyer files and the seller offers a partial refund
// over the API (story (a) does both in the browser); the buyer accepts the offer on the case page, which then
// shows the fulfilment window: the seller carries the settlement out by a due time, and no new offer can be made.
// The refund does not come: the buyer reports the settlement unfulfilled with a note, and the platform steps in.
// A settlement that was carried out, withdrawn as settled within the window, is story (a)'s.

/** The fulfilment window the stack runs with: the command service's default (complaints.deadlines). */
const FULFILMENT_WINDOW_MS = 7 * 24 * 3_600_000;

test('(f) a settlement the seller does not carry out is reported by the buyer, and the platform steps in', async ({
  browser, t, language, signIn, shot, accessible,
}, info) => {
  const orderId = uniqueOrderId('f', language);
  const timeZone = info.project.use.timezoneId ?? 'UTC';
  const [buyer, seller] = await Promise.all(
    ['buyer-2', 'seller-2'].map(async (account) => {
      const person = await personPage(browser);
      await signIn(person, account);
      return person;
    }),
  );
  const complaintId = await fileComplaint(buyer, {
    orderId,
    sellerId: 'seller-2',
    category: 'QUALITY_PROBLEM',
    description: `电水壶底座开裂 (${orderId})`,
  });
  await offerSettlement(seller, complaintId, { type: 'PARTIAL_REFUND', amountFen: 5_000, note: '退款 50 元，三天内到账' });
  const casePage = `/complaints/${encodeURIComponent(complaintId)}`;

  // ---- the buyer accepts the offer on the case page ----
  await buyer.goto(casePage);
  await expect(buyer.getByRole('heading', { level: 1, name: t('complaintCase.title', { orderId }) })).toBeVisible();
  await buyer.getByRole('button', { name: t('common.action.ACCEPT_OFFER') }).click();
  const accept = buyer.getByRole('dialog', { name: t('common.action.ACCEPT_OFFER') });
  await expect(accept).toContainText('¥50.00');
  await accept.getByRole('button', { name: t('complaintCase.acceptOffer.submit') }).click();
  await expect(buyer.getByRole('status').filter({ hasText: t('complaintCase.acceptOffer.done') })).toBeVisible();

  // ---- the fulfilment window: the seller carries the settlement out by a due time; no new offer ----
  const accepted = Date.now();
  const fulfilment = buyer.getByRole('region', { name: t('complaintCase.fulfilment.title') });
  await expect(fulfilment).toBeVisible();
  const detail = await buyer.request.get(`/api${casePage}`);
  const { nextDeadline } = (await detail.json()) as { nextDeadline: { kind: string; dueBy: string } };
  expect(nextDeadline.kind).toBe('SETTLEMENT_FULFILMENT');
  const dueBy = new Date(nextDeadline.dueBy);
  expect(Math.abs(dueBy.getTime() - accepted - FULFILMENT_WINDOW_MS), 'due a fulfilment window after the acceptance').toBeLessThan(60_000);
  await expect(fulfilment).toContainText(t('complaintCase.fulfilment.accepted', { terms: `${t('common.offerType.PARTIAL_REFUND')} ¥50.00` }));
  await expect(fulfilment).toContainText(t('complaintCase.fulfilment.due', { dueBy: shownInstant(dueBy, timeZone, language) }));
  await expect(buyer.getByText(`${t('common.deadlineKind.SETTLEMENT_FULFILMENT')} · ${t('common.deadlineParty.SELLER')}`)).toBeVisible();
  const actions = buyer.getByRole('region', { name: t('complaintCase.sections.actions') });
  await expect(actions.getByRole('button', { name: t('common.action.REPORT_SETTLEMENT_UNFULFILLED') })).toBeVisible();
  await expect(actions.getByRole('button', { name: t('common.action.REQUEST_INTERVENTION') })).toHaveCount(0);
  await accessible(buyer);
  await shot(buyer, 'f-1-buyer-settlement-being-carried-out');

  // the seller's page says the same and offers no new settlement
  await seller.goto(casePage);
  await expect(seller.getByRole('region', { name: t('complaintCase.fulfilment.title') })).toBeVisible();
  const sellerActions = seller.getByRole('region', { name: t('complaintCase.sections.actions') });
  await expect(sellerActions.getByRole('button', { name: t('common.action.ADD_EVIDENCE') })).toBeVisible();
  await expect(sellerActions.getByRole('button', { name: t('common.action.OFFER_SETTLEMENT') })).toHaveCount(0);
  await shot(seller, 'f-2-seller-settlement-being-carried-out');

  // ---- the refund does not come: the buyer reports the settlement unfulfilled, with a note ----
  const note = `退款一直没有到账 (${orderId})`;
  await actions.getByRole('button', { name: t('common.action.REPORT_SETTLEMENT_UNFULFILLED') }).click();
  const report = buyer.getByRole('dialog', { name: t('common.action.REPORT_SETTLEMENT_UNFULFILLED') });
  await report.getByLabel(t('complaintCase.reportUnfulfilled.note'), { exact: true }).fill(note);
  await accessible(buyer);
  await shot(buyer, 'f-3-buyer-report-unfulfilled');
  await report.getByRole('button', { name: t('common.submit') }).click();
  await expect(buyer.getByRole('status').filter({ hasText: t('complaintCase.reportUnfulfilled.done') })).toBeVisible();

  // ---- the platform steps in, for the unfulfilled settlement; the window is over ----
  await expect(buyer.getByRole('cell', { name: t('common.state.PLATFORM_INTERVENED'), exact: true })).toBeVisible();
  const interventions = buyer.getByRole('region', { name: t('complaintCase.sections.interventions') });
  await expect(interventions).toContainText(t('common.interventionReason.SETTLEMENT_UNFULFILLED'));
  await expect(interventions).toContainText(note);
  await expect(fulfilment).toHaveCount(0);
  await expect(actions.getByRole('button', { name: t('common.action.REPORT_SETTLEMENT_UNFULFILLED') })).toHaveCount(0);
  await accessible(buyer);
  await shot(buyer, 'f-4-buyer-platform-intervened');

  await buyer.context().close();
  await seller.context().close();
});
