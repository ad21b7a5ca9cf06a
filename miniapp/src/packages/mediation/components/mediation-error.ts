import { ErrorCode } from '@tongxin/types';

import { errorMessage, isApiError } from '@/services/api-error';

// What the reader can do about it, rather than the API's terse message.
const MEDIATION_COPY: Partial<Record<string, string>> = {
  [ErrorCode.MediationStateConflict]: '案件状态已变化，请刷新',
  [ErrorCode.MediationNotFound]: '案件不存在，或你无权查看',
  [ErrorCode.MediatorNotEligible]: '该成员不是本社区的调解员，请另选',
  [ErrorCode.ContentRisky]: '内容不合规，请修改后再提交',
  [ErrorCode.Forbidden]: '你没有办理这个案件的权限',
};

/** Copy for a failed mediation call, by error code. */
export function mediationErrorMessage(error: unknown): string {
  if (isApiError(error)) {
    const copy = MEDIATION_COPY[error.code];
    if (copy) return copy;
  }
  return errorMessage(error);
}

/** A conflict means the screen is stale: the caller refetches the case along with showing the copy. */
export function isStateConflict(error: unknown): boolean {
  return isApiError(error) && error.code === ErrorCode.MediationStateConflict;
}
