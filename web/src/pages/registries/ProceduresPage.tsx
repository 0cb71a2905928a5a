/**
 * Thủ tục hành chính, xếp hạng: the figures a unit reports per period rather than records case by case.
 * The one-stop shop's dossier counts are entered by quarter (or once for the whole year), their rates
 * follow; the yearly ranks and evaluation are entered by year. Each cell saves on its own.
 */
import { useCallback, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { Alert, App, Card, Descriptions, Grid, Select, Space, Table, Typography } from 'antd';
import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { formatDate, todayIso } from '../../../../src/core/vi-format.js';
import { periodicPeriod } from '../../../../src/periods/rules.js';
import type { UnitSummary } from '../../../../src/units/schema.js';
import type { SessionOut } from '../../../../src/accounts/schema.js';
import { api, errorMessage } from '../../api.js';
import { unitName } from '../../format.js';
import { useReferenceDate, useSession, type ReferenceDate } from '../../session.js';
import { fetchUnits, matchesLabel, unitOptions, unitsKey } from '../../units.js';
import { useLeaveGuard } from '../../useLeaveGuard.js';
import { FigureCell, type Figure, type FigureCellProps, type FigureEntryOut, type Indicator } from './figureCell.js';

type Figures = Record<string, Figure>;

const quarters = [1, 2, 3, 4] as const;
const quarterNames = ['Quý I', 'Quý II', 'Quý III', 'Quý IV'] as const;
const currentYear = () => Number(todayIso().slice(0, 4));
const muted = (text: string) => <Typography.Text type="secondary">{text}</Typography.Text>;

/** The catalogue's rows of this page: dossier counts (summed over quarters), their rates, and the yearly ones. */
function pageRows(catalogue: Indicator[]) {
  const entered = catalogue.filter((i) => i.source.kind === 'entry' && !i.dataSet);
  const periodic = entered.filter((i) => i.overTime === 'sum');
  const codes = new Set(periodic.map((i) => i.code));
  const rates = catalogue.filter((i) => i.source.kind === 'ratio' && codes.has(i.source.numerator) && codes.has(i.source.denominator));
  const yearly = entered.filter((i) => i.overTime !== 'sum');
  return { periodic, rates, yearly };
}

/**
 * The units the user can pick for a year: those of today and of the reference date, and those that
 * existed in the year (a district that ended in 2025 still has its 2022 figures).
 */
function useYearUnits(ref: ReferenceDate, year: number) {
  const today = todayIso();
  const dates = [...new Set([today, ref.date, `${year}-01-01`, `${year}-12-31`])].filter((d) => d <= today);
  const results = useQueries({ queries: dates.map((asOf) => ({ queryKey: unitsKey(asOf), queryFn: () => fetchUnits(asOf), staleTime: 60_000 })) });
  const byCode = new Map<string, UnitSummary>();
  for (const r of results) for (const u of r.data ?? []) if (!byCode.has(u.code)) byCode.set(u.code, u);
  return { units: [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code)), today: results[0]?.data, isLoading: results.some((r) => r.isLoading) };
}

/**
 * Whether the user may enter the unit's figures, as the server decides it (src/core/access): an
 * administrator everywhere; a manager or editor in the tree its unit keeps today. A unit that has ended
 * is kept by its successors, which only the server knows: 'maybe' shows the inputs and lets it answer.
 */
function writeAccess(session: SessionOut, ref: ReferenceDate, todayUnits: UnitSummary[] | undefined, code: string): 'yes' | 'no' | 'maybe' {
  const { roles, unitCode } = session.user;
  if (roles.includes('admin')) return 'yes';
  if (!roles.includes('manager') && !roles.includes('editor')) return 'no';
  if (ref.unitEnded) return 'no';
  const byCode = new Map((todayUnits ?? []).map((u) => [u.code, u]));
  if (!byCode.has(code)) return todayUnits ? 'maybe' : 'no';
  for (let c: string | null | undefined = code; c; c = byCode.get(c)?.parentCode) if (c === unitCode) return 'yes';
  return 'no';
}

/** The unit existed during part of the period at least. */
const alive = (unit: UnitSummary | undefined, p: { start: string; end: string }) =>
  !unit || (p.end >= unit.validFrom && (unit.validTo === null || p.start < unit.validTo));

interface Column {
  key: string;
  title: string;
  period: string;
  quarter: boolean;
  alive: boolean;
}

export function ProceduresPage() {
  const session = useSession();
  const ref = useReferenceDate();
  const client = useQueryClient();
  const { modal } = App.useApp();
  const phone = !Grid.useBreakpoint().md;
  const [params, setParams] = useSearchParams();
  const code = params.get('unit') ?? session.user.unitCode;
  const yearParam = Number(params.get('year'));
  const year = Number.isInteger(yearParam) && yearParam >= 2000 && yearParam <= 2200 ? yearParam : currentYear();
  const scope = useYearUnits(ref, year);
  const [refused, setRefused] = useState<{ code: string; message: string } | null>(null);
  const [dirty, setDirty] = useState<ReadonlySet<string>>(new Set());

  const catalogue = useQuery({ queryKey: ['indicators'], queryFn: () => api.get<Indicator[]>('/api/v1/indicators'), staleTime: Infinity });
  const periods = [...quarters.map((q) => `${year}Q${q}`), String(year)];
  const figures = useQueries({
    queries: periods.map((period) => ({
      queryKey: ['figures', code, period],
      queryFn: () => api.get<Figures>(`/api/v1/units/${encodeURIComponent(code)}/figures`, { period }),
    })),
  });
  const byPeriod = new Map(periods.map((p, i) => [p, figures[i]?.data]));
  const failed = figures.find((f) => f.isError);

  const onDirty = useCallback((key: string, isDirty: boolean) => {
    setDirty((prev) => {
      if (prev.has(key) === isDirty) return prev;
      const next = new Set(prev);
      if (isDirty) next.add(key);
      else next.delete(key);
      return next;
    });
  }, []);
  const leaveGuard = useLeaveGuard(dirty.size > 0, { what: 'bảng số liệu thủ tục hành chính' });

  const onSaved = (period: string, out: FigureEntryOut) => {
    client.setQueryData(['figures', code, period], out.figures);
    // The year sums its quarters, and other pages (reports) read the same figures.
    void client.invalidateQueries({ queryKey: ['figures', code] });
    void client.invalidateQueries({ queryKey: ['audit'] });
  };
  // What someone else saved changes the year's sum too.
  const onConflict = () => void client.invalidateQueries({ queryKey: ['figures', code] });
  const onReadOnly = (message: string) => setRefused({ code, message });

  const unit = scope.units.find((u) => u.code === code);
  const access = writeAccess(session, ref, scope.today, code);
  const canWrite = access !== 'no' && refused?.code !== code;
  const unitChoices = unitOptions(scope.units);
  if (!unitChoices.some((o) => o.value === code)) unitChoices.unshift({ value: code, label: unit ? unitName(unit) : code });
  const yearChoices = [...new Set([...Array.from({ length: 12 }, (_, i) => currentYear() - i), year])].sort((a, b) => b - a);
  const go = (patch: { unit?: string; year?: number }) => {
    const move = () => setParams({ unit: patch.unit ?? code, year: String(patch.year ?? year) }, { replace: true });
    // Another unit or year is the same page: the leave guard does not see it, so ask here.
    if (dirty.size === 0) return move();
    modal.confirm({
      title: 'Có ô chưa lưu', content: 'Có số vừa nhập chưa được lưu (đang lưu hoặc bị từ chối). Chuyển đơn vị hoặc năm thì các số đó sẽ mất.',
      okText: 'Vẫn chuyển', cancelText: 'Ở lại', onOk: move,
    });
  };

  const rows = catalogue.data ? pageRows(catalogue.data) : null;
  const yearFigures = byPeriod.get(String(year));
  const columns: Column[] = [
    ...quarters.map((q, i) => ({ key: `q${q}`, title: quarterNames[i]!, period: `${year}Q${q}`, quarter: true, alive: alive(unit, periodicPeriod('quarter', year, q)) })),
    { key: 'year', title: 'Cả năm', period: String(year), quarter: false, alive: alive(unit, periodicPeriod('year', year)) },
  ];

  const cellProps = (def: Indicator, period: string, label: string): FigureCellProps => ({
    unitCode: code, period, def, figure: byPeriod.get(period)?.[def.code], label, onSaved, onConflict, onReadOnly, onDirty,
  });
  /** An entered value was entered for the period itself (the only kind a cell edits). */
  const enteredFor = (f: Figure | undefined, period: string) => f?.parts?.length === 1 && f.parts[0] === period;
  const incomplete = (f: Figure | undefined) => f?.value !== null && f?.value !== undefined && f.complete === false;
  const shown = (f: Figure | undefined) => (f?.formatted ? f.formatted : '—');

  /** A dossier count's cell: an input, or why there is none. */
  const periodicCell = (def: Indicator, col: Column): ReactNode => {
    const f = byPeriod.get(col.period)?.[def.code];
    const label = `${def.name}, ${col.quarter ? `${col.title.replace('Quý', 'quý')} năm` : 'cả năm'} ${year}`;
    const yearly = yearFigures?.[def.code];
    if (!col.alive && (f?.value ?? null) === null) return <span title="Đơn vị chưa thành lập hoặc đã kết thúc trong kỳ này">{muted('—')}</span>;
    if (col.quarter) {
      if (enteredFor(yearly, String(year)) && (f?.value ?? null) === null) return muted('Nhập cả năm');
      if (canWrite && ((f?.value ?? null) === null || f?.version !== undefined)) return <FigureCell key={`${code}/${label}`} {...cellProps(def, col.period, label)} />;
      return shown(f);
    }
    // The year: entered for itself, or the sum of its quarters.
    if (enteredFor(f, col.period) || (f?.value ?? null) === null) {
      if (canWrite) return <FigureCell key={`${code}/${label}`} {...cellProps(def, col.period, label)} />;
      return enteredFor(f, col.period) ? <>{shown(f)} {muted('(nhập cả năm)')}</> : shown(f);
    }
    const entered = f?.parts?.map((p) => quarterNames[Number(p.slice(-1)) - 1] ?? p).join(', ');
    return <span title={entered ? `Cộng các quý đã nhập: ${entered}` : undefined}>{shown(f)}{incomplete(f) ? <> {muted('(chưa đủ 4 quý)')}</> : null}</span>;
  };

  const rateCell = (def: Indicator, col: Column): ReactNode => {
    const f = byPeriod.get(col.period)?.[def.code];
    if (def.source.kind !== 'ratio') return shown(f);
    const parts = byPeriod.get(col.period)?.[def.source.denominator];
    return <>{shown(f)}{!col.quarter && f?.value !== null && incomplete(parts) ? <> {muted('(chưa đủ 4 quý)')}</> : null}</>;
  };

  const tableRows = rows ? [...rows.periodic.map((def) => ({ def, rate: false })), ...rows.rates.map((def) => ({ def, rate: true }))] : [];
  const cell = (row: { def: Indicator; rate: boolean }, col: Column) => (row.rate ? rateCell(row.def, col) : periodicCell(row.def, col));
  const rowTitle = (def: Indicator) => (
    <span>{def.name} {muted(`(${def.unitOfMeasure})`)}</span>
  );
  const loading = catalogue.isLoading || figures.some((f) => f.isLoading);

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      {leaveGuard}
      <Typography.Title level={3} className="page-title">Thủ tục hành chính, xếp hạng</Typography.Title>
      <Card size="small">
        <div className="registry-filters" style={{ marginBottom: 0, alignItems: 'center' }}>
          <Select aria-label="Đơn vị" showSearch filterOption={matchesLabel} style={{ width: 320 }} value={code} options={unitChoices}
            loading={scope.isLoading} onChange={(c: string) => go({ unit: c })} />
          <Select aria-label="Năm" style={{ width: 110 }} value={year} options={yearChoices.map((y) => ({ value: y, label: `Năm ${y}` }))}
            onChange={(y: number) => go({ year: y })} />
        </div>
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 13 }}>
          {canWrite
            ? 'Nhập số hồ sơ theo từng quý (hoặc một lần cho cả năm) từ hệ thống giải quyết thủ tục hành chính; gõ xong bấm Enter hoặc chuyển sang ô khác là lưu. Dấu chấm ngăn cách hàng nghìn: 1.200. Các tỷ lệ tự tính.'
            : 'Số hồ sơ theo quý và cả năm; các tỷ lệ tính từ số hồ sơ.'}
        </Typography.Paragraph>
      </Card>

      {unit?.validTo && unit.validTo <= todayIso() ? (
        <Alert type="info" showIcon message={`${unitName(unit)} đã kết thúc hoạt động từ ngày ${formatDate(unit.validTo)}; số liệu các kỳ trước đó vẫn xem được.`} />
      ) : null}
      {!canWrite && !loading && !failed ? <Alert type="info" showIcon message={refused?.code === code ? refused.message : 'Bạn chỉ có quyền xem số liệu của đơn vị này.'} /> : null}
      {failed ? <Alert type="error" showIcon message={errorMessage(failed.error)} /> : catalogue.isError ? <Alert type="error" showIcon message={errorMessage(catalogue.error)} /> : null}

      <Card size="small" title={`Hồ sơ thủ tục hành chính năm ${year}`}>
        {phone ? (
          <Space direction="vertical" size={12} style={{ width: '100%' }}>
            {columns.map((col) => (
              <Card key={col.key} size="small" type="inner" title={col.quarter ? `${col.title} năm ${year}` : `Cả năm ${year}`} aria-label={col.title} loading={loading}>
                {tableRows.map((row) => (
                  <div key={row.def.code} className="figure-card-row">
                    <div className="figure-card-label">{rowTitle(row.def)}</div>
                    <div className="figure-card-value">{cell(row, col)}</div>
                  </div>
                ))}
              </Card>
            ))}
          </Space>
        ) : (
          <Table aria-label={`Hồ sơ thủ tục hành chính năm ${year}`} size="small" pagination={false} loading={loading} rowKey={(r) => r.def.code}
            dataSource={tableRows} scroll={{ x: 'max-content' }} rowClassName={(r) => (r.rate ? 'figure-rate-row' : '')}
            columns={[
              { title: 'Chỉ tiêu', key: 'name', fixed: 'left', width: 260, render: (_, r) => rowTitle(r.def) },
              ...columns.map((col) => ({ title: col.title, key: col.key, width: col.quarter ? 130 : 180, align: 'right' as const, render: (_: unknown, r: (typeof tableRows)[number]) => cell(r, col) })),
            ]} />
        )}
      </Card>

      <Card size="small" title={`Xếp hạng, đánh giá năm ${year}`}>
        {rows ? (
          <Descriptions bordered size="small" column={1} layout={phone ? 'vertical' : 'horizontal'} styles={{ label: { width: phone ? undefined : 420 } }}
            items={rows.yearly.map((def) => {
              const f = yearFigures?.[def.code];
              const label = `${def.name}, năm ${year}`;
              const editable = canWrite && columns[4]!.alive && ((f?.value ?? null) === null || f?.version !== undefined);
              return {
                key: def.code, label: def.name,
                children: (
                  <div style={{ display: 'flex', alignItems: 'flex-start', gap: 8 }}>
                    <div style={{ width: 170 }}>{loading ? null : editable ? <FigureCell key={`${code}/${label}`} {...cellProps(def, String(year), label)} /> : shown(f)}</div>
                    <span style={{ paddingTop: editable ? 5 : 0 }}>{muted(def.unitOfMeasure)}</span>
                  </div>
                ),
              };
            })} />
        ) : null}
      </Card>
    </Space>
  );
}
