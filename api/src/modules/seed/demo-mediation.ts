import { DisputeKind, MediationOutcome } from '@tongxin/types';

/** 石榴调解 demo cases in 阿吉拉沁, each taken as far as `stage` by the people who would take it. */
export interface DemoMediationCase {
  requester: string;
  /** A demo member, or a name (and building) for someone who is not one. */
  other: { member: string } | { name: string; building?: string; phone?: string };
  kind: DisputeKind;
  account: string;
  hopes: string;
  preferredTimes?: string;
  stage: 'requested' | 'accepted' | 'in_mediation' | 'resolved' | 'declined';
  declineReason?: string;
  outcome?: { outcome: MediationOutcome; agreement?: string; referral?: string; rating?: [number, string] };
}

export const DEMO_MEDIATION_ADMIN = 'mediation-admin';
export const DEMO_MEDIATOR = 'mediator';

export const DEMO_MEDIATION_CASES: DemoMediationCase[] = [
  {
    requester: 'guifang',
    other: { member: 'zhaolei' },
    kind: DisputeKind.Neighbour,
    account: '楼上赵家孩子每天晚上十点后还在跳绳，老人睡不好觉，上去说过两次没有改善',
    hopes: '希望晚上九点半以后不要再跳绳',
    preferredTimes: '上午都在家',
    stage: 'requested',
  },
  {
    requester: 'narenhua',
    other: { name: '物业服务中心', building: 'ajilaqin/g3/b2' },
    kind: DisputeKind.Property,
    account: '单元楼道灯坏了一个月，物业说要等统一维修，费用已经交了',
    hopes: '尽快修好楼道灯，并说明维修期限',
    stage: 'accepted',
  },
  {
    requester: 'resident',
    other: { member: 'bater' },
    kind: DisputeKind.Neighbour,
    account: '楼下巴特尔家在公共走廊堆放杂物，影响老人通行，也有消防隐患',
    hopes: '清理走廊杂物，以后不再堆放',
    preferredTimes: '周末',
    stage: 'in_mediation',
  },
  {
    requester: 'zhiqiang',
    other: { name: '李某', phone: '13912340000' },
    kind: DisputeKind.Neighbour,
    account: '楼上卫生间漏水到我家天花板，墙皮脱落，对方说不是他家的问题',
    hopes: '对方维修防水层，并承担我家天花板的修补费用',
    stage: 'resolved',
    outcome: {
      outcome: MediationOutcome.Agreed,
      agreement:
        '李某于本月底前请专业师傅重做卫生间防水，并承担张志强家天花板修补费用八百元；双方互留电话，今后有事先沟通',
      rating: [5, '调解员很耐心，两家又和好了'],
    },
  },
  {
    requester: 'suriya',
    other: { name: '某装修公司' },
    kind: DisputeKind.Consumer,
    account: '装修合同约定四十五天完工，已经拖了两个月，公司一直推脱',
    hopes: '按合同赔偿延期损失',
    stage: 'declined',
    declineReason: '涉及合同违约赔偿，已引导至消费者协会和人民法院诉讼解决',
  },
];
