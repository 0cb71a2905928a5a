import { Card, Result, Tag, Typography } from 'antd';
import type { Section } from '../sections.js';

export function ComingSoonPage({ section }: { section: Section }) {
  const info = section.comingSoon;
  return (
    <Card>
      <Result
        status="info"
        icon={section.icon}
        title={<>{section.label} <Tag color="gold">Sắp có</Tag></>}
        subTitle={info?.summary ?? 'Chức năng này đang được xây dựng.'}
      >
        {info ? (
          <div style={{ maxWidth: 720, margin: '0 auto' }}>
            <Typography.Paragraph strong>Chức năng sẽ có:</Typography.Paragraph>
            <ul>{info.features.map((f) => <li key={f}><Typography.Text>{f}</Typography.Text></li>)}</ul>
          </div>
        ) : null}
      </Result>
    </Card>
  );
}
