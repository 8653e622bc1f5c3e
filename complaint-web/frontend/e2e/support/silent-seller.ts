import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestInfo } from '@playwright/test';

// Story (c) runs in two halves (playwright.config.ts says why): the first files the complaint and hands it on in
// a file in the run's output folder, which Playwright empties when a run starts, so the second half never reads
// a complaint of an earlier run.

export interface SilentSellerCase {
  complaintId: string;
  orderId: string;
}

const handover = (info: TestInfo) => join(info.project.outputDir, 'story-c-silent-seller.json');

export function handOn(info: TestInfo, filed: SilentSellerCase): void {
  writeFileSync(handover(info), JSON.stringify(filed));
}

export function takeOver(info: TestInfo): SilentSellerCase {
  try {
    return JSON.parse(readFileSync(handover(info), 'utf8')) as SilentSellerCase;
  } catch (cause) {
    throw new Error('no complaint from story (c)\'s first half: run it through its project (en-silent-seller), '
      + 'which runs the filing first', { cause });
  }
}
