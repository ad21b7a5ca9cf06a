import type { LegalSection } from '../../components/legal-document';

/** The 用户协议 as members read it. Change it, then USER_AGREEMENT_VERSION in @tongxin/types. */
export const TERMS_SECTIONS: LegalSection[] = [
  {
    heading: '服务内容',
    paragraphs: [
      '同心是社区服务小程序：报事与需求（随手拍）、网格工单、社区活动报名签到、积分与积分超市、荣誉展示。',
      '浏览首页和活动无需登录；报事、报名、兑换等需要登录。',
    ],
  },
  {
    heading: '账号',
    paragraphs: [
      '你可以用微信或手机号登录。请保管好自己的手机和微信，不要把账号借给他人使用。',
      '你可以随时在「我的」注销账号。',
    ],
  },
  {
    heading: '发布内容的规则',
    paragraphs: [
      '请如实报事，文字和照片不得含有违法、侮辱他人、泄露他人隐私或与社区服务无关的内容。',
      '你发布的内容会被所在社区的居民和工作人员看到；违反规则的内容会被隐藏或删除。',
    ],
  },
  {
    heading: '积分',
    paragraphs: [
      '积分只能通过参与社区服务获得（报事核实、处理工单、参加活动等），分享小程序不奖励积分。',
      '积分只能在你所在社区的积分超市兑换，不能转让或兑换现金；以不正当方式获得的积分会被撤销。',
    ],
  },
  {
    heading: '协议更新',
    paragraphs: ['本协议更新后，你下次登录使用时我们会再次请你阅读并同意。'],
  },
];
