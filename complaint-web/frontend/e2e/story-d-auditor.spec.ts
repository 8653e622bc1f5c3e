import { expect, personPage, test } from './support/fixtures';
import { fileComplaint, requestEvidence, requestIntervention, respondAsSeller, rule, takeCase } from './support/api-steps';
import { uniqueOrderId } from './support/story-steps';

// Story (d): the auditor reads a ruled complaint's history. The parties' and the arbitrator's steps are story
// (c)'s and (a)'s in the browser; here they are set up through the API. auditor-1 opens the complaint by its id,
// reads its events in order, checks the hash chain, and steps back to the instant before the ruling: the
// complaint then stood with the platform, not yet ruled.

/** The events the setup below leaves, in the order they happened. */
const HISTORY = [
  'ComplaintFiled',
  'SellerResponded',
  'NegotiationStarted',
  'PlatformIntervened',
  'ArbitratorAssigned',
  'EvidenceRequested',
  'ComplaintRuled',
];

test.describe('story (d): the auditor reads a ruled complaint', () => {
  test('events in order, a valid hash chain, and the complaint as it stood before the ruling', async ({ browser, t, signIn, shot, accessible }, info) => {
    test.setTimeout(120_000);
    const orderId = uniqueOrderId('d', info.project.name);

    // ---- a ruled complaint: filed, disputed, brought to the platform, taken, evidence asked for, ruled ----
    const [buyer, seller, arbiter] = await Promise.all(
      ['buyer-2', 'seller-2', 'arbiter-1'].map(async (account) => {
        const person = await personPage(browser);
        await signIn(person, account);
        return person;
      }),
    );
    const complaintId = await fileComplaint(buyer, {
      orderId,
      sellerId: 'seller-2',
      category: 'LATE_DELIVERY',
      description: `Delivered eleven days late (${orderId}).`,
    });
    await respondAsSeller(seller, complaintId, 'The courier lost the parcel for a week.');
    await requestIntervention(buyer, complaintId, 'We cannot agree.');
    await takeCase(arbiter, complaintId);
    await requestEvidence(arbiter, complaintId, {
      from: 'SELLER',
      dueBy: new Date(Date.now() + 2 * 24 * 3_600_000).toISOString(),
      note: 'The courier tracking record.',
    });
    await rule(arbiter, complaintId, {
      outcome: 'BUYER_FAVOURED',
      remedy: { type: 'COMPENSATION', amountFen: 2_000 },
      rationale: 'The delivery promise was broken.',
    });
    for (const person of [buyer, seller, arbiter]) await person.context().close();

    // ---- auditor-1 opens the complaint by its id ----
    const auditor = await personPage(browser);
    await signIn(auditor, 'auditor-1');
    await auditor.goto('/audit');
    await expect(auditor.getByRole('heading', { name: t('audit.title') })).toBeVisible();
    await auditor.getByLabel(t('audit.open.complaintId')).fill(complaintId);
    await accessible(auditor);
    await shot(auditor, 'd-01-auditor-home');
    await auditor.getByRole('button', { name: t('audit.open.submit') }).click();
    await expect(auditor).toHaveURL(new RegExp(`/audit/complaints/${complaintId}$`));
    await expect(auditor.getByRole('heading', { name: t('audit.complaint.title') })).toBeVisible();

    // ---- its events, in the order they happened ----
    const eventsCard = auditor.getByText(t('audit.events.title', { count: HISTORY.length }), { exact: true });
    await expect(eventsCard).toBeVisible();
    const table = auditor.getByRole('table').filter({ hasText: t('audit.events.globalPosition') });
    const rows = table.getByRole('row').filter({ has: auditor.getByRole('cell') });
    await expect(rows).toHaveCount(HISTORY.length);
    // each row: the expand button, then sequence (from 0), global position, type, …
    for (const [sequence, type] of HISTORY.entries()) {
      const cells = rows.nth(sequence).getByRole('cell');
      await expect(cells.nth(1)).toHaveText(String(sequence));
      await expect(cells.nth(3)).toHaveText(type);
    }
    const positions = await Promise.all(HISTORY.map(async (_, sequence) => Number(await rows.nth(sequence).getByRole('cell').nth(2).innerText())));
    expect(positions, 'global positions ascend with the sequence').toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(positions).size).toBe(HISTORY.length);

    // ---- the hash chain holds over every event ----
    await expect(auditor.getByTestId('chain-verification')).toContainText(t('audit.chain.valid', { count: HISTORY.length }));

    // ---- now: ruled ----
    const stateView = auditor.getByTestId('state-view');
    await expect(stateView.getByText(t('common.state.RULED'), { exact: true })).toBeVisible();
    await expect(auditor.getByTestId('state-as-of')).toContainText(t('audit.state.lastEvent', { sequence: HISTORY.length - 1, type: 'ComplaintRuled' }));
    await accessible(auditor);
    await shot(auditor, 'd-02-auditor-complaint-now-ruled');

    // ---- one step back in history: the instant before the ruling ----
    const step = auditor.getByRole('slider', { name: t('audit.state.step') });
    await step.focus();
    await step.press('ArrowLeft');
    await expect(auditor).toHaveURL(/[?&]at=/);
    await expect(auditor.getByTestId('state-as-of')).toContainText(
      t('audit.state.lastEvent', { sequence: HISTORY.length - 2, type: 'EvidenceRequested' }),
    );
    await expect(stateView.getByText(t('common.state.PLATFORM_INTERVENED'), { exact: true })).toBeVisible();
    await expect(stateView.getByText(t('common.state.RULED'), { exact: true })).toHaveCount(0);
    await expect(stateView.getByRole('row').filter({ hasText: t('audit.fields.assignee') })).toContainText('arbiter-1');
    await expect(stateView.getByRole('row').filter({ hasText: t('audit.fields.ruledBy') })).toContainText('—');
    await expect(stateView.getByRole('row').filter({ hasText: t('audit.fields.evidenceRequest') })).toContainText(t('common.evidenceParty.SELLER'));
    await accessible(auditor);
    await shot(auditor, 'd-03-auditor-complaint-before-ruling');

    await auditor.context().close();
  });
});
