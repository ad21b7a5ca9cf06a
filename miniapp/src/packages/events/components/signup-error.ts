import { ErrorCode } from '@tongxin/types';

import { errorMessage, isApiError } from '@/services/api-error';

const MESSAGES: Partial<Record<string, string>> = {
  [ErrorCode.AlreadySignedUp]: '你已报名过这个活动',
  [ErrorCode.SignupClosed]: '报名已截止',
  [ErrorCode.EventNotOpen]: '活动暂未开放报名',
  [ErrorCode.Forbidden]: '这个活动只面向本社区（网格）居民',
  [ErrorCode.EventNotFound]: '活动不存在或已下线',
  [ErrorCode.CancelDeadlinePassed]: '已过取消截止时间，如不能参加请联系组织者',
  [ErrorCode.NotAnAttendee]: '签到参加过活动后才能评价',
};

/** What a refused sign-up, cancel or rating means for the member. */
export function signupErrorMessage(error: unknown): string {
  if (isApiError(error)) return MESSAGES[error.code] ?? errorMessage(error);
  return errorMessage(error);
}
