import { useState } from 'react';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { Alert, App, Button, Card, Select, Skeleton, Space, Spin, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { todayIso } from '../../../../src/core/vi-format.js';
import type { ProfileInput, ProfileOut } from '../../../../src/units/profile-schema.js';
import { mergeProfileEdits, type ProfileMerge } from '../../../../src/units/profile-rules.js';
import { api, ApiError, errorMessage } from '../../api.js';
import { formatDateTime, unitName } from '../../format.js';
import { useCanWriteData, useReferenceDate, useSession } from '../../session.js';
import { matchesLabel, unitOptions, useScopeUnits } from '../../units.js';
import { IllustrativeTag } from '../units/unitLabels.js';
import { ProfileForm } from './ProfileForm.js';

const currentYear = () => Number(todayIso().slice(0, 4));
const profilePath = (code: string, year: number) => `/units/${encodeURIComponent(code)}/profile/${year}`;

function useProfileYears(code: string) {
  return useQuery({
    queryKey: ['profile-years', code],
    queryFn: () => api.get<{ years: number[] }>(`/api/v1/units/${encodeURIComponent(code)}/profiles`),
  });
}

/** /profile and /units/:code/profile: the unit's latest year with figures, or the current year. */
export function ProfileRedirect() {
  const { user } = useSession();
  const code = useParams().code ?? user.unitCode;
  const years = useProfileYears(code);
  if (years.isLoading) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  const list = years.data?.years ?? [];
  return <Navigate to={profilePath(code, list.length ? Math.max(...list) : currentYear())} replace />;
}

interface SaveResult {
  profile: ProfileOut;
}

export function ProfilePage() {
  const params = useParams();
  const code = params.code ?? '';
  const year = Number(params.year);
  const navigate = useNavigate();
  const client = useQueryClient();
  const { message } = App.useApp();
  const canWrite = useCanWriteData();
  const ref = useReferenceDate();
  const scope = useScopeUnits(ref.date);
  const years = useProfileYears(code);
  const [saved, setSaved] = useState<SaveResult | null>(null);
  // What the user last tried to save, kept so a conflict can be merged instead of retyped.
  const [sent, setSent] = useState<ProfileInput | null>(null);
  const [merge, setMerge] = useState<(ProfileMerge & { savedBy: string | null; savedAt: string }) | null>(null);

  const profileKey = ['profile', code, year] as const;
  const profile = useQuery({
    queryKey: profileKey,
    queryFn: async () => {
      try {
        return await api.get<ProfileOut>(`/api/v1/units/${encodeURIComponent(code)}/profiles/${year}`);
      } catch (err) {
        if (err instanceof ApiError && err.status === 404 && err.code === 'PROFILE_NOT_FOUND') return null;
        throw err;
      }
    },
    enabled: Number.isInteger(year),
  });

  const save = useMutation({
    mutationFn: (body: unknown) => api.put<ProfileOut>(`/api/v1/units/${encodeURIComponent(code)}/profiles/${year}`, body),
    onSuccess: (out) => {
      client.setQueryData(profileKey, out);
      void client.invalidateQueries({ queryKey: ['profile-years', code] });
      void client.invalidateQueries({ queryKey: ['audit'] });
      setSaved({ profile: out });
      void message.success(out.warnings.length ? `Đã lưu số liệu năm ${year}, còn ${out.warnings.length} cảnh báo.` : `Đã lưu số liệu năm ${year}.`);
    },
  });

  if (!Number.isInteger(year)) return <Alert type="error" showIcon message="Năm không hợp lệ." />;

  const dataYears = years.data?.years ?? [];
  const yearChoices = [...new Set([...dataYears, ...Array.from({ length: 12 }, (_, i) => currentYear() + 1 - i), year])].sort((a, b) => b - a);
  const unitChoices = unitOptions(scope.units);
  if (!unitChoices.some((o) => o.value === code)) unitChoices.unshift({ value: code, label: profile.data?.unitName ?? code });
  const unit = scope.units.find((u) => u.code === code);
  const p = profile.data ?? null;
  const conflict = save.error instanceof ApiError && save.error.code === 'PROFILE_VERSION_CONFLICT';

  /** Their latest save with the user's edits on top; the form shows it, to be checked and saved. */
  const mergeWithLatest = async () => {
    if (!p || !sent) return;
    const theirs = await api.get<ProfileOut>(`/api/v1/units/${encodeURIComponent(code)}/profiles/${year}`);
    const edit = (x: { figures: Partial<Record<keyof ProfileOut['figures'], number | null>>; notes?: string | null; source?: string | null }) => ({
      figures: Object.fromEntries(Object.keys(p.figures).map((k) => [k, x.figures[k as keyof ProfileOut['figures']] ?? null])) as ProfileOut['figures'],
      notes: x.notes ?? null, source: x.source ?? null,
    });
    const result = mergeProfileEdits(edit(p), edit(sent), edit(theirs));
    save.reset();
    setSaved(null);
    setMerge({ ...result, savedBy: theirs.updatedBy, savedAt: theirs.updatedAt });
    client.setQueryData(profileKey, { ...theirs, ...result.merged });
  };

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={3} className="page-title">
        Đặc điểm tình hình {unit ? unitName(unit) : p?.unitName ?? ''} năm {year} {unit ? <IllustrativeTag unit={unit} /> : null}
      </Typography.Title>
      <Card size="small">
        <Space wrap size={[16, 8]}>
          <Space>
            <label htmlFor="profile-unit">Đơn vị</label>
            <Select id="profile-unit" aria-label="Đơn vị" showSearch filterOption={matchesLabel} style={{ width: 300, maxWidth: '70vw' }}
              value={code} options={unitChoices} loading={scope.isLoading}
              onChange={(c: string) => { setSaved(null); save.reset(); void navigate(`/units/${encodeURIComponent(c)}/profile`); }} />
          </Space>
          <Space>
            <label htmlFor="profile-year">Năm</label>
            <Select id="profile-year" aria-label="Năm" showSearch style={{ width: 170 }} value={year}
              options={yearChoices.map((y) => ({ value: y, label: dataYears.includes(y) ? `${y} (có số liệu)` : String(y) }))}
              onChange={(y: number) => { setSaved(null); save.reset(); void navigate(profilePath(code, y)); }} />
          </Space>
          <Link to={`/units?unit=${encodeURIComponent(code)}`}>Xem trên cây đơn vị</Link>
        </Space>
        {p ? (
          <div style={{ marginTop: 8 }}>
            <Typography.Text type="secondary">
              Cập nhật lần cuối: {formatDateTime(p.updatedAt)} bởi {p.updatedBy ?? 'hệ thống (nạp dữ liệu)'} · phiên bản {p.version}
            </Typography.Text>
            {p.source ? <div><Typography.Text type="secondary">Nguồn: {p.source}</Typography.Text></div> : null}
          </div>
        ) : null}
      </Card>

      {saved ? (
        <Alert
          type={saved.profile.warnings.length ? 'warning' : 'success'}
          showIcon
          closable
          onClose={() => setSaved(null)}
          message={`Đã lưu số liệu năm ${saved.profile.year} (phiên bản ${saved.profile.version}).`}
          description={saved.profile.warnings.length ? (
            <>
              Máy chủ ghi nhận các cảnh báo sau:
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>{saved.profile.warnings.map((w) => <li key={w.rule}>{w.message}</li>)}</ul>
            </>
          ) : undefined}
        />
      ) : null}
      {merge ? (
        <Alert
          type={merge.conflicts.length ? 'warning' : 'info'} showIcon closable onClose={() => setMerge(null)}
          message={`Đã gộp với bản ${merge.savedBy ?? 'người khác'} lưu lúc ${formatDateTime(merge.savedAt)}: các ô dưới đây có thay đổi của cả hai. Kiểm tra rồi bấm Lưu.`}
          description={merge.conflicts.length ? (
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {merge.conflicts.map((c) => <li key={c.label}>{c.label}: bạn nhập {String(c.mine ?? '(trống)')}, {merge.savedBy ?? 'người kia'} đã lưu {String(c.theirs ?? '(trống)')}; đang giữ số của bạn.</li>)}
            </ul>
          ) : undefined}
        />
      ) : null}
      {save.isError ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          message={conflict ? 'Số liệu đã bị người khác thay đổi' : 'Không lưu được'}
          description={errorMessage(save.error)}
          action={conflict ? <Button type="primary" onClick={() => void mergeWithLatest()}>Gộp với bản mới nhất</Button> : undefined}
        />
      ) : null}

      {profile.isLoading ? <Card><Skeleton active /></Card> : profile.isError ? (
        <Alert type="error" showIcon message={errorMessage(profile.error)} />
      ) : (
        <>
          {!p ? <Alert type="info" showIcon message={`Chưa có số liệu năm ${year}.`} description={canWrite ? 'Nhập số liệu vào các ô dưới đây rồi bấm Lưu.' : undefined} /> : null}
          {p && !p.canEdit ? <Alert type="info" showIcon message="Bạn chỉ có quyền xem số liệu này." /> : null}
          {p?.warnings.length && !saved ? <Tag color="orange">Số liệu đã lưu có {p.warnings.length} cảnh báo</Tag> : null}
          <ProfileForm
            key={`${code}/${year}/${p?.version ?? 0}`}
            year={year}
            profile={p}
            canEdit={p ? p.canEdit : canWrite}
            saving={save.isPending}
            onSave={(body) => { setSaved(null); setMerge(null); setSent(body as ProfileInput); save.mutate(body); }}
          />
        </>
      )}
    </Space>
  );
}
