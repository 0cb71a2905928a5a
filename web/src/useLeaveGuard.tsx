/**
 * What the user typed is not lost by leaving: with unsaved changes, closing or reloading the tab asks
 * (beforeunload), and so does leaving inside the app (a menu click, Back), with a dialog that can save first.
 */
import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { Button, Modal, Space } from 'antd';

/** Pages holding unsaved changes now: logging out asks first too (AppLayout). */
const unsaved = new Set<symbol>();
export const hasUnsavedChanges = () => unsaved.size > 0;

interface Options {
  /** Offered as "Lưu rồi rời trang" when given; the navigation goes on once nothing is unsaved. */
  save?: () => Promise<unknown>;
  /** Run when the user chooses to drop the changes (the editor forgets its copy kept in the browser). */
  discard?: () => void;
  /** What is unsaved, in the dialog's words ("báo cáo", "yêu cầu báo cáo"). */
  what?: string;
}

export function useLeaveGuard(dirty: boolean, { save, discard, what = 'trang này' }: Options = {}) {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (!dirty) return;
    const page = Symbol('unsaved');
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    unsaved.add(page);
    window.addEventListener('beforeunload', warn);
    return () => {
      unsaved.delete(page);
      window.removeEventListener('beforeunload', warn);
    };
  }, [dirty]);

  // The changes were saved (by "Lưu rồi rời trang" or an autosave) while the dialog was open: go on.
  useEffect(() => {
    if (blocker.state === 'blocked' && !dirty) blocker.proceed();
  }, [blocker, dirty]);

  const leaveWithout = () => {
    discard?.();
    blocker.proceed?.();
  };

  return (
    <Modal
      open={blocker.state === 'blocked'} title="Có thay đổi chưa lưu" onCancel={() => blocker.reset?.()} maskClosable={false}
      footer={(
        <Space wrap>
          <Button onClick={() => blocker.reset?.()}>Ở lại</Button>
          <Button danger onClick={leaveWithout}>Rời trang, bỏ thay đổi</Button>
          {save && <Button type="primary" onClick={() => void save()}>Lưu rồi rời trang</Button>}
        </Space>
      )}
    >
      Những gì bạn vừa nhập vào {what} chưa được lưu. Nếu rời trang bây giờ, các thay đổi đó sẽ mất.
    </Modal>
  );
}
