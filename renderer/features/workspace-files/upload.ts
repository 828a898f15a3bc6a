import { z } from 'zod';
import { EnvelopeSchema } from '../../../shared/envelope';
import { AppError } from '../../../shared/errors';
import { MAX_WORKSPACE_UPLOAD_BYTES } from '../../../shared/workspace-files/api-schemas';
import { ApiCallError } from '../../api/client';

const UploadResult = z.object({ fileName: z.string() });

const refusal = (error: AppError) => new ApiCallError({ code: error.code, message: error.message, params: error.params });

/**
 * Sends a .tesr file to the browser-mode server (the token travels as the page's cookie), which
 * checks it before keeping it in the data folder. Resolves with its name there.
 */
export async function uploadWorkspace(file: File): Promise<string> {
  if (file.size > MAX_WORKSPACE_UPLOAD_BYTES) {
    throw refusal(new AppError('upload-too-large', { file: file.name, limitMb: MAX_WORKSPACE_UPLOAD_BYTES / 1024 / 1024 }));
  }
  let body: unknown = null;
  try {
    const response = await fetch(`/files/upload?name=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      body: file,
      headers: { 'Content-Type': 'application/octet-stream' },
      credentials: 'same-origin',
    });
    body = await response.json();
  } catch {
    throw refusal(new AppError('transport'));
  }
  const envelope = EnvelopeSchema.safeParse(body);
  if (!envelope.success) throw refusal(new AppError('internal'));
  if (!envelope.data.ok) throw new ApiCallError(envelope.data.error);
  return UploadResult.parse(envelope.data.value).fileName;
}

export const isWorkspaceFile = (file: File) => /\.tesr$/i.test(file.name);

/** On the desktop, the preload turns a dropped file into its path for the main process to open. */
export const desktopBridge = () => (typeof window !== 'undefined' ? window.tesr : undefined);
