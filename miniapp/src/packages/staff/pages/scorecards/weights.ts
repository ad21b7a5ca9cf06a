import { ScorecardPart, type ScorecardWeights } from '@tongxin/types';

export const SCORECARD_PART_LABEL: Record<ScorecardPart, string> = {
  onTime: '及时率',
  satisfaction: '满意度',
  reopen: '未重办率',
  visits: '走访及时率',
  participation: '参与度',
};

/** The weights as typed, one text field per part. */
export type WeightsInput = Record<ScorecardPart, string>;

export interface WeightsCheck {
  /** Null while any field or the whole is wrong. */
  weights: ScorecardWeights | null;
  fields: Partial<Record<ScorecardPart, string>>;
  /** What is wrong with the weights together. */
  problem: string | null;
}

export function weightsInput(weights: ScorecardWeights): WeightsInput {
  const input = {} as WeightsInput;
  for (const part of ScorecardPart) input[part] = String(weights[part]);
  return input;
}

/** The API's rule, checked before sending: whole numbers ≥ 0, not all zero. */
export function checkWeights(input: WeightsInput): WeightsCheck {
  const fields: WeightsCheck['fields'] = {};
  const weights = {} as ScorecardWeights;
  for (const part of ScorecardPart) {
    const text = input[part].trim();
    const value = Number(text);
    if (!/^\d+$/.test(text) || !Number.isSafeInteger(value)) fields[part] = '请填写 0 或正整数';
    else weights[part] = value;
  }
  if (Object.keys(fields).length > 0) return { weights: null, fields, problem: null };
  if (ScorecardPart.every((part) => weights[part] === 0)) {
    return { weights: null, fields, problem: '各项权重不能都为 0' };
  }
  return { weights, fields, problem: null };
}

/** Each part's share of the score, in whole percent (what a weight of 40 out of 100 means). */
export function weightPercents(weights: ScorecardWeights): Record<ScorecardPart, number> {
  const total = ScorecardPart.reduce((sum, part) => sum + weights[part], 0);
  const percents = {} as Record<ScorecardPart, number>;
  for (const part of ScorecardPart) percents[part] = total === 0 ? 0 : Math.round((weights[part] / total) * 100);
  return percents;
}
