/** Saving text the extension made as a file: a Blob URL and an <a download>, so nothing leaves the browser. */
export function offerDownload(text: string, type: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Not revoked at once: the browser may read the Blob after this task.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
