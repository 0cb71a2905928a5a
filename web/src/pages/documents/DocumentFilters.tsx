/** What the registry is searched by: a number or words (any spelling, with or without diacritics), kind, year, issuer. */
import { Flex, Input, Select } from 'antd';
import { documentKinds, type DocumentQuery } from '../../../../src/documents/schema.js';

export type DocumentFilter = Pick<DocumentQuery, 'q' | 'kind' | 'year' | 'issuer'>;

// Years of issue offered: this year back to 1990; older documents are found by their number or words.
const thisYear = new Date().getFullYear();
const years = Array.from({ length: thisYear - 1989 }, (_, i) => thisYear - i);

interface Props {
  /** What is typed, before it settles (the page searches once typing stops). */
  typed: { q: string; issuer: string };
  onType: (typed: { q: string; issuer: string }) => void;
  value: DocumentFilter;
  onChange: (filter: DocumentFilter) => void;
}

export function DocumentFilters({ typed, onType, value, onChange }: Props) {
  return (
    <Flex wrap gap={8} style={{ marginBottom: 12 }}>
      <Input.Search
        allowClear aria-label="Tìm văn bản" value={typed.q} style={{ flex: '1 1 320px', maxWidth: 520 }}
        placeholder="Số ký hiệu (113-CV-BDVHU) hoặc từ khóa, gõ không dấu được"
        onChange={(e) => onType({ ...typed, q: e.target.value })} onSearch={(q) => onType({ ...typed, q })}
      />
      <Select
        allowClear showSearch aria-label="Loại văn bản" placeholder="Loại văn bản" style={{ flex: '0 1 150px', minWidth: 140 }}
        value={value.kind} onChange={(kind) => onChange({ ...value, kind })} options={documentKinds.map((k) => ({ value: k, label: k }))}
      />
      <Select
        allowClear showSearch aria-label="Năm ban hành" placeholder="Năm ban hành" style={{ flex: '0 1 150px', minWidth: 140 }}
        value={value.year} onChange={(year) => onChange({ ...value, year })} options={years.map((y) => ({ value: y, label: String(y) }))}
      />
      <Input
        allowClear aria-label="Cơ quan ban hành" placeholder="Cơ quan ban hành (UBND huyện Trà Bồng...)" value={typed.issuer} style={{ flex: '1 1 220px', maxWidth: 320 }}
        onChange={(e) => onType({ ...typed, issuer: e.target.value })}
      />
    </Flex>
  );
}
