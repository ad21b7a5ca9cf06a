import type { CreateCareRecordRequest } from '@tongxin/types';

/** 帮扶台账 demo records on 王建国's grid (阿吉拉沁第一网格), and how far back their clocks are set. */
export interface DemoCareRecord {
  record: Omit<
    CreateCareRecordRequest,
    'gridId' | 'buildingId' | 'categoryIds' | 'memberId' | 'helper' | 'consentOn'
  > & {
    building: string;
    categories: string[];
    member?: string;
    helper?: string;
    helperName?: string;
  };
  /** A visit logged at seeding. */
  visit?: string;
  /** Days since the last 平安打卡 (2: yesterday was missed). */
  lastSafeDaysAgo?: number;
  /** Days the visit is overdue (a whole interval or more reaches the 帮扶专干). */
  overdueDays?: number;
}

export const DEMO_CARE_BY = 'grid-worker';

export const DEMO_CARE_RECORDS: DemoCareRecord[] = [
  {
    record: {
      building: 'ajilaqin/g1/b3',
      household: '2单元101',
      personName: '马桂芳',
      categories: ['elder_alone'],
      member: 'guifang',
      helper: 'bater',
      needs: '独居，腿脚不便，需要定期代购药品、陪同就医',
      situation: '女儿在呼和浩特工作，每周末电话联系',
      consentBy: 'self',
      safetyCheck: true,
    },
    lastSafeDaysAgo: 2,
  },
  {
    record: {
      building: 'ajilaqin/g1/b1',
      household: '3单元202',
      personName: '张德胜',
      categories: ['dibao', 'disabled'],
      helperName: '乌兰夫纪念馆志愿服务队',
      needs: '低保户，肢体残疾，冬季取暖和家电维修需要帮助',
      consentBy: 'self',
    },
    visit: '入户走访：暖气正常，家里电饭锅坏了，已记下帮忙联系维修',
  },
  {
    record: {
      building: 'ajilaqin/g1/b2',
      household: '1单元301',
      personName: '包小明',
      categories: ['left_behind_child'],
      helperName: '社区“四点半课堂”志愿者',
      needs: '父母在外务工，与奶奶同住，需要课后辅导',
      consentBy: 'guardian',
    },
    overdueDays: 16,
  },
];
