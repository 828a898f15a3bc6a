import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';

// The renderer's only door to the backend: call(method, input) and on(listener). Nothing else.
contextBridge.exposeInMainWorld('tesr', {
  call: (method: string, input: unknown) => ipcRenderer.invoke('api', method, input),
  on: (listener: (event: unknown) => void) => {
    const wrapped = (_e: IpcRendererEvent, event: unknown) => listener(event);
    ipcRenderer.on('api:event', wrapped);
    return () => ipcRenderer.removeListener('api:event', wrapped);
  },
});
