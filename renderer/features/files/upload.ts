import { UPLOAD_CHUNK_BYTES } from '../../../shared/files/api-schemas';
import { ApiCallError, type Client } from '../../api/client';
import { readBytes, toBase64 } from './bytes';

export interface UploadOptions {
  signal: AbortSignal;
  /** Bytes the backend has received, and the file's size. */
  onProgress(sent: number, total: number): void;
}

/** The same error the backend gives for a cancelled import, so the dialog words both alike. */
export const cancelledError = (file: string) =>
  new ApiCallError({ code: 'import-cancelled', message: `Import of ${file} cancelled.`, params: { file } });

/**
 * Sends a file to the backend in pieces (files.uploadStart, then files.uploadChunk): the page holds
 * one piece at a time, whatever the file's size, and the next piece is read while one is sent.
 * Cancelled or failed, the backend's partial copy is discarded. Gives the upload's id.
 */
export async function uploadFile(client: Client, file: File, { signal, onProgress }: UploadOptions): Promise<string> {
  const { uploadId } = await client.call('files.uploadStart', { name: file.name, size: file.size });
  const piece = (offset: number) => readBytes(file.slice(offset, offset + UPLOAD_CHUNK_BYTES));
  try {
    onProgress(0, file.size);
    let next = file.size > 0 ? piece(0) : null;
    for (let offset = 0; next; ) {
      const bytes = await next;
      if (signal.aborted) throw cancelledError(file.name);
      const after = offset + bytes.length;
      next = after < file.size ? piece(after) : null;
      await client.call('files.uploadChunk', { uploadId, offset, dataBase64: toBase64(bytes) });
      onProgress(after, file.size);
      offset = after;
    }
    if (signal.aborted) throw cancelledError(file.name);
    return uploadId;
  } catch (e) {
    void client.call('files.uploadDiscard', { uploadId }).catch(() => undefined);
    throw e;
  }
}
