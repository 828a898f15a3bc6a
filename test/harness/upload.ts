import { UPLOAD_CHUNK_BYTES } from '../../shared/files/api-schemas';
import type { Backend } from '../../electron/core/backend';
import { call } from './temp-workspace';

/** Sends bytes to the backend as the import dialog does (files.uploadStart, then pieces); gives the upload's id. */
export async function uploadBytes(backend: Backend, name: string, bytes: Uint8Array | string, chunk = UPLOAD_CHUNK_BYTES): Promise<string> {
  const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  const { uploadId } = await call<{ uploadId: string }>(backend, 'files.uploadStart', { name, size: data.length });
  for (let offset = 0; offset < data.length; offset += chunk) {
    const dataBase64 = Buffer.from(data.subarray(offset, offset + chunk)).toString('base64');
    await call(backend, 'files.uploadChunk', { uploadId, offset, dataBase64 });
  }
  return uploadId;
}
