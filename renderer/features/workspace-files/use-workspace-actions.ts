import { useTranslation } from 'react-i18next';
import { EnvelopeSchema } from '../../../shared/envelope';
import type { MethodInput } from '../../../shared/api';
import { ApiCallError } from '../../api/client';
import { useServices } from '../../app/services-context';
import { desktopBridge, uploadWorkspace } from './upload';

/**
 * What the Files dialog and a dropped file can do to the open file. Each action reports a refusal
 * in the banner (the open file then stays open) and confirms a switch with a toast; every window
 * reloads on the backend's `workspace` event.
 */
export function useWorkspaceActions() {
  const { t } = useTranslation();
  const { client, attempt, status, workspaceFiles } = useServices();

  async function switched(action: () => Promise<{ name: string }>) {
    const info = await attempt(action);
    if (info) {
      status.getState().showToast({ message: t('workspaceFiles.opened', { name: info.name }) });
      await attempt(() => workspaceFiles.getState().refresh());
    }
    return info;
  }

  return {
    open: (input: MethodInput<'workspace.open'>) => switched(() => client.call('workspace.open', input)),
    create: (name: string) => switched(() => client.call('workspace.new', { name })),
    saveAs: (name: string) => switched(() => client.call('workspace.saveAs', { name })),
    /** Browser mode: upload then open. Desktop: the main process opens the dropped file where it is. */
    openFile: (file: File) =>
      switched(async () => {
        const bridge = desktopBridge();
        if (bridge?.openDroppedFile) {
          const reply = EnvelopeSchema.parse(await bridge.openDroppedFile(file));
          if (!reply.ok) throw new ApiCallError(reply.error);
          return client.call('workspace.info', {});
        }
        const fileName = await uploadWorkspace(file);
        return client.call('workspace.open', { fileName });
      }),
  };
}
