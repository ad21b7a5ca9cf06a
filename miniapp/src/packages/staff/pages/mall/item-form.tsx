import { Button, Input } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';

import { useCreateMallItemMutation } from '@/hooks/use-mall-query';
import { pointsErrorMessage } from '@/utils/points-error-message';

interface Fields {
  name: string;
  pointsPrice: string;
  stock: string;
  perMemberLimit: string;
  pickupPlace: string;
}
const EMPTY: Fields = { name: '', pointsPrice: '', stock: '', perMemberLimit: '1', pickupPlace: '' };

const FIELDS: Array<{ key: keyof Fields; label: string; placeholder: string; numeric?: boolean }> = [
  { key: 'name', label: '商品名称', placeholder: '例如 石榴籽环保袋' },
  { key: 'pointsPrice', label: '所需积分', placeholder: '例如 20', numeric: true },
  { key: 'stock', label: '库存', placeholder: '例如 5', numeric: true },
  { key: 'perMemberLimit', label: '每人限兑', placeholder: '例如 1', numeric: true },
  { key: 'pickupPlace', label: '领取地点', placeholder: '例如 兴旺社区党群服务中心一楼' },
];

function isPositiveInt(text: string): boolean {
  return /^\d+$/.test(text) && Number(text) > 0;
}

/** 新增商品: name, price, stock, per-member limit and where to pick it up. */
export function ItemForm({ communityId }: { communityId: string }) {
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const create = useCreateMallItemMutation();

  function validationError(): string | null {
    if (!fields.name.trim()) return '请填写商品名称';
    if (!isPositiveInt(fields.pointsPrice)) return '所需积分须为正整数';
    if (!isPositiveInt(fields.stock)) return '库存须为正整数';
    if (!isPositiveInt(fields.perMemberLimit)) return '每人限兑须为正整数';
    if (!fields.pickupPlace.trim()) return '请填写领取地点';
    return null;
  }

  function submit(): void {
    const problem = validationError();
    setError(problem);
    if (problem) return;
    create.mutate(
      {
        communityId,
        name: fields.name.trim(),
        pointsPrice: Number(fields.pointsPrice),
        stock: Number(fields.stock),
        perMemberLimit: Number(fields.perMemberLimit),
        pickupPlace: fields.pickupPlace.trim(),
      },
      {
        onSuccess: (item) => {
          setFields(EMPTY);
          Taro.showToast({ title: `已上架 ${item.name}`, icon: 'none' });
        },
        onError: (failure) => setError(pointsErrorMessage(failure)),
      },
    );
  }

  return (
    <View className='form-card item-form'>
      <Text className='form-card__title'>新增商品</Text>
      {FIELDS.map((field) => (
        <View key={field.key} className={`form-field item-form__${field.key}`}>
          <Text className='form-field__label'>{field.label}</Text>
          <Input
            className='form-field__input'
            type={field.numeric ? 'digit' : 'text'}
            placeholder={field.placeholder}
            value={fields[field.key]}
            onChange={(value) => setFields((current) => ({ ...current, [field.key]: value }))}
          />
        </View>
      ))}
      {error ? <Text className='form-error item-form__error'>{error}</Text> : null}
      <Button
        className='form-submit item-form__submit'
        type='primary'
        block
        loading={create.isPending}
        onClick={submit}
      >
        上架商品
      </Button>
    </View>
  );
}
