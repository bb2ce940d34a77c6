// Delivery claimers among replicas (issue 18, ADR 14): only the elected scheduler claims deliveries, so a
// replica that has won the election knows that every other run holding claims lost the lock before it, and
// takes those claims back at once instead of waiting out their lease (ten minutes), which a run on another
// host would otherwise cost (process-run.ts can only check this host's processes).
import type { DeliveryRuns } from '../core/ports.js';

export interface ElectionState {
  status(): { leading: boolean };
}

export function electedRuns(base: DeliveryRuns, election: ElectionState): DeliveryRuns {
  return {
    self: base.self,
    isGone: (run) => run !== base.self && (base.isGone(run) || election.status().leading),
  };
}
