import { Dialog, Input, Switch } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { POINTS_SOURCE_LABEL, type PointsRuleView } from '@tongxin/types';
import { useState } from 'react';

import { useUpdateRuleMutation } from '@/hooks/use-points-query';
import { errorMessage } from '@/services/api-error';

interface RuleDialogProps {
  communityId: string;
  rule: PointsRuleView;
  onClose: () => void;
}

/** A whole number in range, or null for an empty cap; undefined when it is not one. */
function parse(text: string, min: number, allowEmpty: boolean): number | null | undefined {
  const value = text.trim();
  if (!value) return allowEmpty ? null : undefined;
  if (!/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n >= min && n <= 1000000 ? n : undefined;
}

/** 修改 one rule: points each time (0–1000), caps (empty: no cap), on or off. Applies to points earned from now on. */
export function RuleDialog({ communityId, rule, onClose }: RuleDialogProps) {
  const update = useUpdateRuleMutation(communityId);
  const [points, setPoints] = useState(String(rule.points));
  const [daily, setDaily] = useState(rule.dailyCap === null ? '' : String(rule.dailyCap));
  const [monthly, setMonthly] = useState(rule.monthlyCap === null ? '' : String(rule.monthlyCap));
  const [enabled, setEnabled] = useState(rule.enabled);
  const [error, setError] = useState<string | null>(null);

  async function confirm(): Promise<void> {
    const each = parse(points, 0, false);
    const dailyCap = parse(daily, 1, true);
    const monthlyCap = parse(monthly, 1, true);
    const reason =
      each === undefined || each === null || each > 1000
        ? '每次积分应为 0 到 1000 的整数'
        : dailyCap === undefined || monthlyCap === undefined
          ? '上限应为正整数，不限请留空'
          : null;
    if (reason) {
      setError(reason);
      throw new Error(reason);
    }
    try {
      await update.mutateAsync({
        source: rule.source,
        body: { points: each as number, dailyCap: dailyCap ?? null, monthlyCap: monthlyCap ?? null, enabled },
      });
      Taro.showToast({ title: '已保存', icon: 'success' });
    } catch (failure) {
      setError(errorMessage(failure));
      throw failure;
    }
  }

  return (
    <Dialog
      visible
      title={`修改：${POINTS_SOURCE_LABEL[rule.source]}`}
      confirmText='保存'
      cancelText='取消'
      onConfirm={confirm}
      onCancel={onClose}
      onClose={onClose}
    >
      <View className='staff-dialog-form'>
        <Text className='form-field__label'>每次积分</Text>
        <Input className='form-field__input rule-dialog__points' type='number' value={points} onChange={setPoints} />
        <Text className='form-field__label'>每日上限（留空为不限）</Text>
        <Input className='form-field__input rule-dialog__daily' type='number' value={daily} onChange={setDaily} />
        <Text className='form-field__label'>每月上限（留空为不限）</Text>
        <Input className='form-field__input rule-dialog__monthly' type='number' value={monthly} onChange={setMonthly} />
        <View className='form-field'>
          <Text className='form-field__label'>启用</Text>
          <Switch checked={enabled} onChange={setEnabled} />
        </View>
        <Text className='form-hint'>修改只影响之后获得的积分，已有的积分记录不变。</Text>
        {error ? <Text className='form-error'>{error}</Text> : null}
      </View>
    </Dialog>
  );
}
