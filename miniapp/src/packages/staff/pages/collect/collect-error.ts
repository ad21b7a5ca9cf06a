import { ErrorCode, REDEMPTION_STATUS_LABEL, type RedemptionStatus } from '@tongxin/types';

import { isApiError } from '@/services/api-error';
import { formatDateTime } from '@/utils/format-date';
import { pointsErrorMessage } from '@/utils/points-error-message';

interface ConflictDetails {
  status?: RedemptionStatus;
  collectedAt?: string | null;
}

function conflictDetails(details: unknown): ConflictDetails {
  return typeof details === 'object' && details !== null ? (details as ConflictDetails) : {};
}

/** The exact reason a pickup code was refused: unknown code, already collected (and when), or no longer valid. */
export function collectErrorMessage(error: unknown): string {
  if (isApiError(error) && error.code === ErrorCode.Conflict) {
    const { status, collectedAt } = conflictDetails(error.details);
    if (status === 'collected') {
      return collectedAt
        ? `该兑换已于 ${formatDateTime(collectedAt)} 领取，请勿重复发放`
        : '该兑换已领取，请勿重复发放';
    }
    if (status) return `该兑换${REDEMPTION_STATUS_LABEL[status] ?? '已失效'}，不能领取`;
  }
  return pointsErrorMessage(error);
}
