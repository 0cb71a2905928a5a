/**
 * A document reference typed in a form ("Công văn số 1444/UBND-NV ngày 18/5/2023 của UBND huyện Trà Bồng
 * về việc ..."): offers the matching entry of the registry, or a new entry read from the text.
 */
import { useState } from 'react';
import { AutoComplete, Button, Card, DatePicker, Input, Select, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { citationOf, documentFromCitation } from '../../../../src/documents/rules.js';
import { documentKinds, type DocumentInput, type DocumentOut } from '../../../../src/documents/schema.js';
import { api } from '../../api.js';
import { datePickerFormat, fromDayjs, toDayjs } from '../../format.js';
import { useDebounced } from '../../useDebounced.js';

export type DocumentChoice = { id: number; citation: string } | (DocumentInput & { citation?: undefined });

interface Props {
  value: DocumentChoice | null;
  onChange: (value: DocumentChoice | null) => void;
  /** Text typed but not read into a document (null when there is none), so the form can refuse to send it unread. */
  onUnread?: (text: string | null) => void;
  placeholder?: string;
}

export function DocumentReferenceInput({ value, onChange, onUnread, placeholder }: Props) {
  const [text, setTextState] = useState('');
  const setText = (next: string) => {
    setTextState(next);
    onUnread?.(next.trim() ? next.trim() : null);
  };
  const query = useDebounced(text.trim(), 300);
  const cited = query ? documentFromCitation(query) : null;
  const found = useQuery({
    queryKey: ['documents', 'lookup', cited?.numberText ?? query],
    queryFn: () => api.get<{ items: DocumentOut[] }>('/api/v1/documents', cited ? { number: cited.numberText, pageSize: 10 } : { q: query, pageSize: 10 }),
    enabled: query.length >= 2,
  });

  if (value) {
    const isNew = value.citation === undefined;
    return (
      <Card size="small" className="doc-choice">
        <Space direction="vertical" size={8} style={{ width: '100%' }}>
          <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
            <span>{isNew ? <Tag color="blue">Sẽ thêm vào sổ văn bản</Tag> : <Tag color="green">Có trong sổ văn bản</Tag>}<b>{value.citation ?? citationOf({ kind: value.kind ?? null, number: value.numberText, issuedOn: value.issuedOn, issuer: value.issuer })}</b></span>
            <Button size="small" onClick={() => onChange(null)}>Đổi văn bản</Button>
          </Space>
          {isNew ? (
            <Space wrap>
              <Select aria-label="Loại văn bản" style={{ width: 150 }} value={value.kind ?? undefined} placeholder="Loại văn bản" options={documentKinds.map((k) => ({ value: k, label: k }))} onChange={(kind) => onChange({ ...value, kind })} />
              <Input aria-label="Số, ký hiệu" style={{ width: 160 }} value={value.numberText} onChange={(e) => onChange({ ...value, numberText: e.target.value })} />
              <DatePicker aria-label="Ngày ban hành văn bản" format={datePickerFormat} value={toDayjs(value.issuedOn)} onChange={(d) => onChange({ ...value, issuedOn: fromDayjs(d) })} placeholder="Ngày ban hành" />
              <Input aria-label="Cơ quan ban hành" style={{ width: 240 }} value={value.issuer} placeholder="Cơ quan ban hành" onChange={(e) => onChange({ ...value, issuer: e.target.value })} />
              <Input aria-label="Trích yếu văn bản" style={{ width: 420, maxWidth: '100%' }} value={value.summary} placeholder="Trích yếu (về việc ...)" onChange={(e) => onChange({ ...value, summary: e.target.value })} />
            </Space>
          ) : null}
        </Space>
      </Card>
    );
  }

  const matches = found.data?.items ?? [];
  const options = [
    ...matches.map((d) => ({ value: `id:${d.id}`, label: <span><Tag color="green">Trong sổ</Tag>{d.citation}{d.summary ? <Typography.Text type="secondary"> về việc {d.summary}</Typography.Text> : null}</span> })),
    ...(cited && !matches.some((d) => d.number === cited.numberText && (d.issuedOn ?? null) === cited.issuedOn)
      ? [{ value: 'new', label: <span><Tag color="blue">Thêm mới</Tag>{citationOf({ kind: cited.kind, number: cited.numberText, issuedOn: cited.issuedOn, issuer: cited.issuer })}</span> }]
      : []),
  ];
  return (
    <Space direction="vertical" size={4} style={{ width: '100%' }}>
      <AutoComplete
        style={{ width: '100%' }} value={text} options={options} onChange={setText}
        // A whole sentence typed and left is read as the user wrote it, whether or not a suggestion was clicked.
        onBlur={() => {
          const typed = text.trim();
          const read = typed ? documentFromCitation(typed) : null;
          if (!read) return;
          const known = matches.find((d) => d.number === read.numberText && (d.issuedOn ?? null) === read.issuedOn);
          onChange(known ? { id: known.id, citation: known.citation } : { ...read, summary: read.summary });
          setText('');
        }}
        onSelect={(v: string) => {
          if (v === 'new' && cited) onChange({ ...cited, summary: cited.summary });
          else {
            const doc = matches.find((d) => `id:${d.id}` === v);
            if (doc) onChange({ id: doc.id, citation: doc.citation });
          }
          setText('');
        }}
      >
        <Input aria-label="Văn bản căn cứ" placeholder={placeholder ?? 'Gõ số ký hiệu hoặc cả câu, ví dụ: Công văn số 1444/UBND-NV ngày 18/5/2023 của UBND huyện Trà Bồng về việc ...'} />
      </AutoComplete>
      {text.trim().length >= 2 && !options.length && !found.isFetching ? (
        <Typography.Text type="secondary">Không thấy văn bản nào; gõ đủ số ký hiệu (ví dụ 1444/UBND-NV) để thêm mới.</Typography.Text>
      ) : null}
    </Space>
  );
}
