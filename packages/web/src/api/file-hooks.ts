import { useQuery } from '@tanstack/react-query';
import * as z from 'zod';
import { StoredFileViewSchema, type FileOwner, type StoredFileView } from '@thidua/domain';
import {
  ApiError,
  apiDelete,
  apiErrorOf,
  apiGet,
  apiGetFile,
  checkedAnswer,
  fetchSession,
  NETWORK_ERROR_MESSAGE,
} from './client';
import { useApiMutation } from './use-api-mutation';

const filesPath = (communeId: string) => `/api/communes/${communeId}/files`;

/** A record's files; every file query of a commune sits under one key. */
export const fileKeys = {
  all: (communeId: string) => ['files', communeId],
  of: (communeId: string, owner: FileOwner, ownerId: string) => ['files', communeId, owner, ownerId],
};

export function useFiles(communeId: string, owner: FileOwner, ownerId: string) {
  return useQuery({
    queryKey: fileKeys.of(communeId, owner, ownerId),
    queryFn: () => apiGet(filesPath(communeId), z.array(StoredFileViewSchema), { owner, ownerId }),
  });
}

/**
 * After a file is attached or removed: the record's files, the year's records (a movement's
 * detail lists its files) and the audit log (the record's history notes the file).
 */
function useFileMutation<TInput, TResult>(
  communeId: string,
  mutationFn: (input: TInput) => Promise<TResult>,
) {
  return useApiMutation(mutationFn, [fileKeys.all(communeId), ['years', communeId], ['audit']]);
}

export interface FileUpload {
  file: File;
  /** Called with the share sent so far, 0–100. */
  onProgress: (percent: number) => void;
}

export const useUploadFile = (communeId: string, owner: FileOwner, ownerId: string) =>
  useFileMutation(communeId, ({ file, onProgress }: FileUpload) =>
    sendFile(
      `${filesPath(communeId)}?${new URLSearchParams({ owner, ownerId, fileName: file.name })}`,
      file,
      onProgress,
    ),
  );

export const useDeleteFile = (communeId: string) =>
  useFileMutation(communeId, (id: string) => apiDelete(`${filesPath(communeId)}/${id}`, z.null()));

/** Fetches the file (so a refusal shows as a message, not as a page) and hands it to the browser to save. */
export async function downloadFile(communeId: string, file: StoredFileView): Promise<void> {
  const { blob, fileName } = await apiGetFile(`${filesPath(communeId)}/${file.id}`);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName ?? file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Sends the file's bytes as the request body. XMLHttpRequest rather than fetch: only it reports
 * how much of the body has gone, which a 10 MB scan on a ward's connection needs.
 */
async function sendFile(
  url: string,
  file: File,
  onProgress: (percent: number) => void,
): Promise<StoredFileView> {
  const { csrfToken } = await fetchSession();
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.setRequestHeader('content-type', 'application/octet-stream');
    request.setRequestHeader('accept', 'application/json');
    request.setRequestHeader('x-csrf-token', csrfToken);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onerror = () => reject(new ApiError(0, 'NETWORK_ERROR', NETWORK_ERROR_MESSAGE));
    request.onload = () => {
      const body = parseJson(request.responseText);
      if (request.status < 200 || request.status >= 300 || !body)
        return reject(apiErrorOf(request.status, body));
      try {
        resolve(checkedAnswer(StoredFileViewSchema, body, url));
      } catch (error) {
        reject(error);
      }
    };
    request.send(file);
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
