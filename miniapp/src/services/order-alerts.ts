import { ApiRoute, type OrderAlertSettings, type UpdateOrderAlertSettingsRequest } from '@tongxin/types';

import { request } from './request';

/** The caller's 接单提醒 settings (grid members). */
export function getOrderAlerts(): Promise<OrderAlertSettings> {
  return request<OrderAlertSettings>(ApiRoute.MyOrderAlerts);
}

export function updateOrderAlerts(body: UpdateOrderAlertSettingsRequest): Promise<OrderAlertSettings> {
  return request<OrderAlertSettings>(ApiRoute.MyOrderAlerts, { method: 'PUT', body });
}
