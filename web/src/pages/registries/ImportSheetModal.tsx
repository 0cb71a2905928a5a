/**
 * Importing a registry kept in Excel: the clerk picks the file and the unit, sees it go up and be checked,
 * and gets either the count imported or every bad line with its reason, nothing imported; they may then
 * import only the good lines.
 */
import { useState } from 'react';
import { Alert, Button, Checkbox, Form, Modal, Progress, Select, Space, Table, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { ApiError, errorMessage, uploadFile, withQuery } from '../../api.js';
import { formatNumber } from '../../../../src/core/vi-format.js';
import { matchesLabel, unitOptions } from '../../units.js';
import type { UnitSummary } from '../../../../src/units/schema.js';

interface Problem {
  line: number;
  column: string | null;
  message: string;
}
interface Result {
  imported: number;
  lines: number;
  skipped: Problem[];
}

interface Props {
  api: string;
  title: string;
  units: UnitSummary[];
  defaultUnitCode: string;
  onClose: () => void;
  onImported: (result: Result) => void;
}

const problemsOf = (err: unknown): Problem[] => (err instanceof ApiError && Array.isArray(err.details) ? err.details as Problem[] : []);

export function ImportSheetModal({ api, title, units, defaultUnitCode, onClose, onImported }: Props) {
  const [file, setFile] = useState<File | null>(null);
  const [unitCode, setUnitCode] = useState(defaultUnitCode);
  const [onlyValid, setOnlyValid] = useState(false);
  const [sent, setSent] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<Result | null>(null);
  const busy = sent !== null;

  const start = async () => {
    if (!file) return;
    setError(null);
    setResult(null);
    setSent(0);
    try {
      const done = await uploadFile<Result>(withQuery(`${api}/import`, { unitCode, mode: onlyValid ? 'valid' : 'all' }), file, setSent);
      setResult(done);
      onImported(done);
    } catch (err) {
      setError(err);
    } finally {
      setSent(null);
    }
  };

  const problems = result?.skipped.length ? result.skipped : problemsOf(error);
  return (
    <Modal open title={`Nhập ${title.charAt(0).toLowerCase()}${title.slice(1)} từ Excel`} onCancel={onClose} maskClosable={false} width={760}
      footer={<Space><Button onClick={onClose}>Đóng</Button><Button type="primary" disabled={!file || busy} loading={busy} onClick={() => void start()}>Kiểm tra và nhập</Button></Space>}>
      <Form layout="vertical">
        <Typography.Paragraph>
          Mỗi dòng của bảng tính là một bản ghi; dòng 1 là tên các cột như <Typography.Link href={`${api}/template.xlsx`}>tệp mẫu</Typography.Link>.
          Mọi dòng được kiểm tra trước: có dòng sai thì chưa nhập dòng nào.
        </Typography.Paragraph>
        <Form.Item label="Đơn vị (cho các dòng không ghi mã đơn vị)">
          <Select showSearch filterOption={matchesLabel} options={unitOptions(units)} value={unitCode} onChange={setUnitCode} aria-label="Đơn vị nhập vào" />
        </Form.Item>
        <Upload.Dragger accept=".xlsx" maxCount={1} beforeUpload={(f) => { setFile(f); setResult(null); setError(null); return false; }}
          onRemove={() => setFile(null)} fileList={file ? [{ uid: 'sheet', name: file.name, status: 'done' }] : []}>
          <p className="ant-upload-drag-icon"><InboxOutlined /></p>
          <p>Chọn hoặc kéo tệp .xlsx vào đây (tối đa 5 MB)</p>
        </Upload.Dragger>
        <Checkbox style={{ marginTop: 12 }} checked={onlyValid} onChange={(e) => setOnlyValid(e.target.checked)}>Chỉ nhập các dòng đúng, bỏ qua các dòng sai</Checkbox>
      </Form>
      {busy ? (
        <div role="status" style={{ marginTop: 16 }}>
          <Progress percent={Math.round((sent ?? 0) * 100)} status="active" aria-label="Tiến độ nhập" />
          <Typography.Text type="secondary">{(sent ?? 0) < 1 ? 'Đang gửi tệp...' : 'Đang kiểm tra từng dòng và ghi vào sổ...'}</Typography.Text>
        </div>
      ) : null}
      {result ? (
        <Alert style={{ marginTop: 16 }} type={result.skipped.length ? 'warning' : 'success'} showIcon role="status"
          message={`Đã nhập ${formatNumber(result.imported)} trong ${formatNumber(result.lines)} dòng${result.skipped.length ? `; bỏ qua ${formatNumber(new Set(result.skipped.map((p) => p.line)).size)} dòng sai` : ''}.`} />
      ) : null}
      {error ? <Alert style={{ marginTop: 16 }} type="error" showIcon role="alert" message={errorMessage(error)} /> : null}
      {problems.length ? (
        <Table<Problem> style={{ marginTop: 12 }} size="small" rowKey={(p) => `${p.line}-${p.column}-${p.message}`} dataSource={problems} aria-label="Các dòng lỗi"
          pagination={{ pageSize: 10, hideOnSinglePage: true, size: 'small' }}
          columns={[
            { title: 'Dòng', dataIndex: 'line', width: 70, render: (l: number) => (l ? l : 'Tệp') },
            { title: 'Cột', dataIndex: 'column', width: 170, render: (c: string | null) => c ?? '' },
            { title: 'Lý do', dataIndex: 'message' },
          ]} />
      ) : null}
    </Modal>
  );
}
