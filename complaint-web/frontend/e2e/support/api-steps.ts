import { expect, type APIResponse, type Page } from '@playwright/test';

// A party's steps that have no page of their own in a story (another story covers them in the browser): the real
// API through the web service, in the signed-in person's own session (page.request carries its cookies). A
// command needs the CSRF token the web service set as cookie XSRF-TOKEN, sent back as header X-XSRF-TOKEN.

/** The CSRF token the web service set as cookie XSRF-TOKEN in the person's browser context. */
export async function xsrfToken(page: Page): Promise<string> {
  const cookie = (await page.context().cookies()).find((entry) => entry.name === 'XSRF-TOKEN');
  if (!cookie) throw new Error('no XSRF-TOKEN cookie: sign the person in first');
  return decodeURIComponent(cookie.value);
}

/** A command: refused if the service does not answer 2xx (its problem text in the failure). */
async function command(page: Page, path: string, body: unknown): Promise<APIResponse> {
  const response = await page.request.post(path, {
    data: body,
    headers: { 'X-XSRF-TOKEN': await xsrfToken(page), Accept: 'application/json, application/problem+json' },
  });
  expect(response.ok(), `POST ${path} answered ${response.status()}: ${await response.text()}`).toBe(true);
  return response;
}

const casePath = (complaintId: string, step: string) => `/api/complaints/${encodeURIComponent(complaintId)}/${step}`;

export interface Filing {
  orderId: string;
  sellerId: string;
  category: string;
  description: string;
}

/** The buyer files a complaint with one photo as evidence; answers the new complaint's id. */
export async function fileComplaint(buyer: Page, filing: Filing): Promise<string> {
  const response = await command(buyer, '/api/complaints', {
    ...filing,
    evidence: [{ kind: 'PHOTO', reference: 'https://example.com/e2e/photo.jpg', description: 'photo of the parcel' }],
  });
  const { complaintId } = (await response.json()) as { complaintId: string };
  expect(complaintId).toMatch(/^[0-9a-f-]{36}$/);
  return complaintId;
}

/** The seller answers within the window: the case goes on to negotiation. */
export async function respondAsSeller(seller: Page, complaintId: string, statement: string): Promise<void> {
  await command(seller, casePath(complaintId, 'seller-response'), { position: 'DISPUTE', statement });
}

/** The seller offers a settlement (amounts in fen); the first offer also counts as the seller's response. */
export async function offerSettlement(
  seller: Page,
  complaintId: string,
  offer: { type: string; amountFen?: number; note?: string },
): Promise<void> {
  await command(seller, casePath(complaintId, 'settlement-offers'), offer);
}

/** A party asks the platform to step in (while negotiating). */
export async function requestIntervention(party: Page, complaintId: string, note: string): Promise<void> {
  await command(party, casePath(complaintId, 'intervention-request'), { note });
}

/** The signed-in arbitrator takes the case. */
export async function takeCase(arbitrator: Page, complaintId: string): Promise<void> {
  await command(arbitrator, casePath(complaintId, 'assignment'), {});
}

/** The assigned arbitrator asks for evidence (BUYER, SELLER or BOTH) by an ISO instant. */
export async function requestEvidence(
  arbitrator: Page,
  complaintId: string,
  request: { from: 'BUYER' | 'SELLER' | 'BOTH'; dueBy: string; note: string },
): Promise<void> {
  await command(arbitrator, casePath(complaintId, 'evidence-requests'), request);
}

/** The assigned arbitrator rules (no If-Match: the API's own clients may rule on the latest version). */
export async function rule(
  arbitrator: Page,
  complaintId: string,
  ruling: { outcome: string; remedy: { type: string; amountFen?: number }; rationale: string },
): Promise<void> {
  await command(arbitrator, casePath(complaintId, 'ruling'), ruling);
}
