import { SELLER_RESPONSE_WINDOW_SECONDS } from './support/stack';
import { expect, personPage, test } from './support/fixtures';
import { takeOver } from './support/silent-seller';
import { pick, shownInstant, wallClock } from './support/story-steps';

// Story (c): the seller stays silent. The buyer filed a complaint on the filing page, on a phone (the first half,
// story-c-silent-seller.setup.ts, which runs before the other stories); the seller let the response window pass
// and the platform steps in by itself; the case waits in the arbitrators' queue, arbiter-1 takes it, asks both
// parties for evidence and rules; the buyer reads the ruling, given by "the platform" (an arbitrator's id is not
// for the parties).

test.describe('story (c): the seller stays silent and the platform rules', () => {
  test('a silent seller: the platform steps in, an arbitrator rules, the buyer reads the ruling', async ({ browser, t, language, signIn, shot, accessible }, info) => {
    test.setTimeout(200_000);
    const { complaintId, orderId } = takeOver(info);
    const timeZone = info.project.use.timezoneId ?? 'UTC';
    const caseHeading = t('complaintCase.title', { orderId });

    // ---- the seller said nothing; once the window closed the platform stepped in (by now, as a rule) ----
    const buyer = await personPage(browser, { width: 375 });
    await signIn(buyer, 'buyer-1');
    await buyer.goto(`/complaints/${encodeURIComponent(complaintId)}`);
    await expect(buyer.getByRole('heading', { level: 1, name: caseHeading })).toBeVisible();
    // the case page refreshes itself: when this half runs alone, the window may still be open for a while
    await expect(async () => {
      await expect(buyer.getByRole('cell', { name: t('common.state.PLATFORM_INTERVENED'), exact: true })).toBeVisible({ timeout: 1_000 });
      const interventions = buyer.getByRole('region', { name: t('complaintCase.sections.interventions') });
      await expect(interventions.getByText(t('common.interventionReason.SELLER_NO_RESPONSE'))).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: (SELLER_RESPONSE_WINDOW_SECONDS + 45) * 1_000, intervals: [2_000] });
    await shot(buyer, 'c-03-buyer-case-platform-intervened-375');

    // ---- arbiter-1 finds the case among the unassigned ones and takes it ----
    const arbiter = await personPage(browser);
    await signIn(arbiter, 'arbiter-1');
    await arbiter.goto('/arbitration');
    await expect(arbiter.getByRole('heading', { name: t('arbitration.title') })).toBeVisible();
    await pick(arbiter, t('arbitration.filters.assignment'), t('arbitration.filters.unassigned'));
    await expect(arbiter).toHaveURL(/assignment=unassigned/);
    const row = arbiter.getByRole('row').filter({ hasText: orderId });
    await expect(row).toBeVisible();
    await expect(row).toContainText(t('common.interventionReason.SELLER_NO_RESPONSE'));
    await expect(row).toContainText(t('arbitration.unassigned'));
    await accessible(arbiter);
    await shot(arbiter, 'c-04-arbiter-queue-unassigned');
    await row.getByRole('button', { name: `${t('common.action.TAKE')} ${orderId}` }).click();

    await expect(arbiter).toHaveURL(new RegExp(`/complaints/${complaintId}$`));
    await expect(arbiter.getByRole('heading', { level: 1, name: caseHeading })).toBeVisible();
    await expect(arbiter.getByRole('cell', { name: `${t('common.role.ARBITRATOR')} arbiter-1`, exact: true })).toBeVisible();

    // ---- evidence from both parties, by a due time, with a note ----
    const due = new Date(Date.now() + 3 * 24 * 3_600_000);
    const dueBy = wallClock(due, timeZone);
    const evidenceNote = 'Buyer: a photo of the base with the serial number. Seller: the dispatch inspection record.';
    await arbiter.getByRole('button', { name: t('common.action.REQUEST_EVIDENCE') }).click();
    const evidenceDialog = arbiter.getByRole('dialog', { name: t('common.action.REQUEST_EVIDENCE') });
    await pick(evidenceDialog, t('complaintCase.requestEvidence.from'), t('common.evidenceParty.BOTH'));
    const dueField = evidenceDialog.getByLabel(t('complaintCase.requestEvidence.dueBy'));
    await dueField.click();
    await dueField.fill(dueBy);
    await dueField.press('Enter');
    await expect(dueField).toHaveValue(dueBy);
    await evidenceDialog.getByLabel(t('complaintCase.requestEvidence.note')).fill(evidenceNote);
    await shot(arbiter, 'c-05-arbiter-request-evidence-dialog');
    await evidenceDialog.getByRole('button', { name: t('common.submit') }).click();
    await expect(arbiter.getByRole('status').filter({ hasText: t('complaintCase.requestEvidence.done') })).toBeVisible();
    const requests = arbiter.getByRole('region', { name: t('complaintCase.sections.evidenceRequests') });
    await expect(requests).toContainText(t('complaintCase.evidenceRequests.from', { from: t('common.evidenceParty.BOTH') }));
    await expect(requests).toContainText(evidenceNote);
    await expect(requests).toContainText(t('complaintCase.evidenceRequests.dueBy', { at: shownInstant(due, timeZone, language) }));
    await expect(requests).toContainText(t('common.requestStatus.OPEN'));
    await accessible(arbiter);
    await shot(arbiter, 'c-06-arbiter-case-evidence-requested');

    // ---- the ruling: partly in the buyer's favour, a partial refund of ¥129.50, and why ----
    const rationale = `The photos show a crack present at delivery; the seller gave no account within the window (${orderId}).`;
    await arbiter.getByRole('button', { name: t('common.action.RULE'), exact: true }).click();
    const rulingDialog = arbiter.getByRole('dialog', { name: t('common.action.RULE') });
    await pick(rulingDialog, t('complaintCase.rule.outcome'), t('common.outcome.PARTIALLY_FAVOURED'));
    await pick(rulingDialog, t('complaintCase.rule.remedyType'), t('common.remedyType.PARTIAL_REFUND'));
    await rulingDialog.getByLabel(t('complaintCase.rule.amount')).fill('129.50');
    await rulingDialog.getByLabel(t('complaintCase.rule.rationale')).fill(rationale);
    await shot(arbiter, 'c-07-arbiter-ruling-dialog');
    await rulingDialog.getByRole('button', { name: t('common.submit') }).click();
    await expect(arbiter.getByRole('status').filter({ hasText: t('complaintCase.rule.done') })).toBeVisible();
    await expect(arbiter.getByRole('cell', { name: t('common.state.RULED'), exact: true })).toBeVisible();
    await shot(arbiter, 'c-08-arbiter-case-ruled');

    // ---- the buyer finds the ruled case in the list and reads the ruling, from "the platform" ----
    await buyer.goto('/my/complaints');
    await expect(buyer.getByRole('heading', { level: 1, name: t('myComplaints.title') })).toBeVisible();
    const listed = buyer.getByRole('region', { name: t('myComplaints.listLabel') }).getByRole('listitem').filter({ hasText: orderId });
    await expect(listed).toContainText(t('common.state.RULED'));
    await accessible(buyer);
    await shot(buyer, 'c-09-buyer-my-complaints-375');
    await listed.getByRole('link', { name: orderId }).click();

    await expect(buyer.getByRole('heading', { level: 1, name: caseHeading })).toBeVisible();
    const ruling = buyer.getByRole('region', { name: t('complaintCase.sections.ruling') });
    await expect(ruling).toContainText(t('common.outcome.PARTIALLY_FAVOURED'));
    await expect(ruling).toContainText(`${t('common.remedyType.PARTIAL_REFUND')} ¥129.50`);
    await expect(ruling).toContainText(rationale);
    await expect(ruling).not.toContainText(t('complaintCase.ruling.ruledBy'));
    // the evidence request was closed unanswered by the ruling
    await expect(buyer.getByRole('region', { name: t('complaintCase.sections.evidenceRequests') })).toContainText(t('common.requestStatus.LAPSED'));
    const timeline = buyer.getByRole('region', { name: t('complaintCase.sections.timeline') });
    await expect(timeline).toContainText(
      t('complaintCase.timeline.ComplaintRuled', {
        actor: t('complaintCase.actor.platform'),
        outcome: t('common.outcome.PARTIALLY_FAVOURED'),
        remedy: `${t('common.remedyType.PARTIAL_REFUND')} ¥129.50`,
      }),
    );
    await expect(buyer.getByRole('main')).not.toContainText('arbiter-1');
    await accessible(buyer);
    await shot(buyer, 'c-10-buyer-reads-ruling-375');

    await buyer.context().close();
    await arbiter.context().close();
  });
});
