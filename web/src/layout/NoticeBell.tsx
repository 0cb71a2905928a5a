/** The bell in the header: the unit's notices, the unread ones counted; opening it marks them read. */
import { useState } from 'react';
import { Badge, Button, Popover } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useUnitNotices } from '../pages/report-requests/queries.js';
import { UnitNoticeItems, useMarkNoticesRead } from '../pages/dashboard/UnitNotices.js';

export function NoticeBell() {
  const notices = useUnitNotices();
  const mark = useMarkNoticesRead();
  const [open, setOpen] = useState(false);
  const unread = notices.data?.unread ?? 0;
  const toggle = (next: boolean) => {
    setOpen(next);
    // Read once seen: closing the list after opening it marks what it showed.
    if (!next && unread > 0) mark.mutate();
  };
  return (
    <Popover
      open={open} onOpenChange={toggle} trigger="click" placement="bottomRight" title="Thông báo gửi đơn vị"
      content={<div className="notice-popover"><UnitNoticeItems items={notices.data?.items ?? []} limit={10} onOpen={() => toggle(false)} /></div>}
    >
      <Badge count={unread} size="small" offset={[-4, 4]}>
        <Button shape="circle" icon={<BellOutlined />} aria-label={unread ? `Thông báo: ${unread} chưa đọc` : 'Thông báo'} />
      </Badge>
    </Popover>
  );
}
