import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';

// The renderer's only door to the backend: call(method, input) and on(listener), plus opening a
// dropped .tesr file, whose path the renderer never sees (the main process checks it).
contextBridge.exposeInMainWorld('tesr', {
  call: (method: string, input: unknown) => ipcRenderer.invoke('api', method, input),
  on: (listener: (event: unknown) => void) => {
    const wrapped = (_e: IpcRendererEvent, event: unknown) => listener(event);
    ipcRenderer.on('api:event', wrapped);
    return () => ipcRenderer.removeListener('api:event', wrapped);
  },
  openDroppedFile: (file: File) => ipcRenderer.invoke('workspace:open-dropped', webUtils.getPathForFile(file)),
});
