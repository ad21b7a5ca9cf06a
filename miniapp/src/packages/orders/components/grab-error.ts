import { ErrorCode } from '@tongxin/types';

import { errorMessage, isApiError } from '@/services/api-error';

/** What to tell a rider whose 抢单 failed. */
export function grabErrorMessage(error: unknown): string {
  if (isApiError(error)) {
    if (error.code === ErrorCode.OrderAlreadyClaimed) return '手慢了，这单已被别人抢走';
    if (error.code === ErrorCode.ActiveOrderCapReached) return '您手上的工单已满，先完成几单再来抢吧';
    if (error.code === ErrorCode.OrderStateConflict) return '这单已经不能抢了';
    if (error.code === ErrorCode.OwnReport) return '这是您自己上报的问题，请由其他网格员处理';
  }
  return errorMessage(error);
}
