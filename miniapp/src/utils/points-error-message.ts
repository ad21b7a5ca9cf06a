import { ErrorCode } from '@tongxin/types';

import { errorMessage, isApiError } from '@/services/api-error';

// The API's messages are accurate but terse; these say what the member can do about it.
const POINTS_COPY: Partial<Record<string, string>> = {
  [ErrorCode.InsufficientPoints]: '积分不足，暂时无法兑换。多参加活动、随手拍可以赚积分。',
  [ErrorCode.OutOfStock]: '这件商品已经兑完了，请看看别的。',
  [ErrorCode.RedemptionLimitReached]: '这件商品你已达到兑换上限。',
  [ErrorCode.ItemOffShelf]: '这件商品已下架。',
  [ErrorCode.MallNotMember]: '只能在你所在社区的积分超市兑换。还没认证住址的话，请先在“我的”里认证住址。',
  [ErrorCode.RedemptionNotCancellable]: '这笔兑换已领取或已过期，不能取消。',
  [ErrorCode.PickupCodeInvalid]: '兑换码无效：没有找到这笔兑换，请核对 8 位数字。',
  [ErrorCode.SecondApproverRequired]: '提交人不能审核自己的提名或奖励，请由另一位工作人员审核。',
  [ErrorCode.SelfAward]: '不能给自己奖励积分，也不能审核给自己的奖励。',
  [ErrorCode.IdempotencyKeyReused]: '这次提交与上次内容不同，请重新提交。',
  [ErrorCode.Forbidden]: '你没有这个社区的管理权限。',
};

/** Copy for a failed points / mall / honours action, by error code. */
export function pointsErrorMessage(error: unknown): string {
  if (isApiError(error)) {
    const copy = POINTS_COPY[error.code];
    if (copy) return copy;
  }
  return errorMessage(error);
}
