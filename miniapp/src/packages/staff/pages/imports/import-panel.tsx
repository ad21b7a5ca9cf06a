import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ErrorCode, IMPORT_KIND_LABEL, ImportKind, type ImportReport } from '@tongxin/types';
import { useState } from 'react';

import { ChoiceChips, type ChoiceOption } from '@/components/ChoiceChips';
import { useApplyImportMutation, useDryRunMutation } from '@/hooks/use-imports-query';
import { errorMessage, isApiError } from '@/services/api-error';
import { type PickedWorkbook, workbookProblem } from '@/services/import-upload';

import { ImportReportView } from './import-report';
import { TemplateLink } from './template-link';
import { WorkbookPicker } from './workbook-picker';

const KINDS: ChoiceOption[] = Object.values(ImportKind).map((kind) => ({
  value: kind,
  label: IMPORT_KIND_LABEL[kind],
}));

/** What to import first: places before the households, staff and units that name them. */
const KIND_HINT: Record<ImportKind, string> = {
  places: '社区、网格和楼栋（可含单元数、经纬度）。先导入地点，再导入住户、人员和阵地。',
  households: '每行一户：楼栋、单元、房号和居民的姓名、手机号。居民用该手机号登录后，住址自动认证。',
  staff: '每行一个角色：姓名、手机号、角色和所在社区或网格。没登录过的手机号会新建成员。',
  units: '实践教育所/站、同心服务点/角、共建单位和商户，以及所属地点和地址。',
};

function sizeText(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * One import: choose the kind, get its template, pick the filled-in workbook, 试导入 (nothing is written: the
 * counts and every bad row), then 确认导入 once the dry run is clean. Changing anything asks for a new dry run.
 */
export function ImportPanel({ scopeId }: { scopeId: string }) {
  const [kind, setKind] = useState<ImportKind>(ImportKind.Households);
  const [workbook, setWorkbook] = useState<PickedWorkbook | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [applied, setApplied] = useState(false);
  const dryRun = useDryRunMutation();
  const apply = useApplyImportMutation();

  function reset(): void {
    setReport(null);
    setApplied(false);
    setProblem(null);
    dryRun.reset();
    apply.reset();
  }

  function pick(picked: PickedWorkbook): void {
    reset();
    const why = workbookProblem(picked);
    setWorkbook(why ? null : picked);
    setProblem(why);
  }

  function check(): void {
    if (!workbook) return;
    setReport(null);
    setApplied(false);
    dryRun.mutate(
      { kind, scopeId, workbook },
      { onSuccess: setReport, onError: (error) => setProblem(errorMessage(error)) },
    );
  }

  function confirm(): void {
    if (!workbook) return;
    apply.mutate(
      { kind, scopeId, workbook },
      {
        onSuccess: (answer) => {
          setReport(answer.report);
          setApplied(true);
          Taro.showToast({ title: '导入完成', icon: 'success' });
        },
        onError: (error) => {
          // Rows that went bad since the dry run (someone else's change): the report comes with the refusal.
          if (isApiError(error) && error.code === ErrorCode.ImportRowsInvalid) setReport(error.details as ImportReport);
          else setProblem(errorMessage(error));
        },
      },
    );
  }

  const clean = report !== null && report.errorCount === 0;
  return (
    <View className='form-card import-panel'>
      <Text className='form-card__title'>导入台账</Text>
      <View className='form-field'>
        <Text className='form-field__label'>1. 选择要导入的内容</Text>
        <ChoiceChips
          className='import-panel__kinds'
          options={KINDS}
          selected={[kind]}
          onChange={([value]) => {
            if (!value) return;
            setKind(value as ImportKind);
            setWorkbook(null);
            reset();
          }}
        />
        <Text className='form-hint'>{KIND_HINT[kind]}</Text>
      </View>
      <View className='form-field'>
        <Text className='form-field__label'>2. 下载模板，按模板填写</Text>
        <TemplateLink kind={kind} />
      </View>
      <View className='form-field'>
        <Text className='form-field__label'>3. 选择填好的文件（.xlsx）</Text>
        <WorkbookPicker picked={workbook} onPick={pick} />
        {workbook ? (
          <Text className='import-panel__file'>
            {workbook.name}（{sizeText(workbook.size)}）
          </Text>
        ) : null}
      </View>
      {problem ? <Text className='form-error import-panel__problem'>{problem}</Text> : null}
      <View className='import-panel__actions'>
        <Button
          className='form-submit import-panel__dry-run'
          fill={clean ? 'outline' : 'solid'}
          type='primary'
          disabled={!workbook || apply.isPending}
          loading={dryRun.isPending}
          onClick={check}
        >
          试导入
        </Button>
        <Button
          className='form-submit import-panel__apply'
          type='primary'
          disabled={!clean || applied || dryRun.isPending}
          loading={apply.isPending}
          onClick={confirm}
        >
          确认导入
        </Button>
      </View>
      {report ? <ImportReportView report={report} applied={applied} /> : null}
    </View>
  );
}
