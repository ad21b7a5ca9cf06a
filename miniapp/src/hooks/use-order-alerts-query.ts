import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { getOrderAlerts, updateOrderAlerts } from '@/services/order-alerts';

/** 接单提醒. Rule: a saved change puts the server's answer in the cache (no refetch needed). */
export const orderAlertKeys = { settings: ['order-alerts'] as const };

export function useOrderAlertsQuery() {
  return useQuery({ queryKey: orderAlertKeys.settings, queryFn: getOrderAlerts });
}

export function useUpdateOrderAlertsMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: updateOrderAlerts,
    onSuccess: (settings) => client.setQueryData(orderAlertKeys.settings, settings),
  });
}
