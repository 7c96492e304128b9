import { buildVersion, writeDiagnosis } from './diagnosis';
import { gatherDiagnosis, type DiagnosisSource } from './diagnosis-source';

export type { DiagnosisSource, DiagnosisState } from './diagnosis-source';

const SAID = {
  copied: $localize`:said once the diagnosis is on the clipboard:Diagnosis copied.`,
  saved: $localize`:said once the diagnosis file is saved:Diagnosis downloaded.`,
  notCopied: $localize`:said when the clipboard refused the diagnosis:The diagnosis could not be copied; download it instead.`,
} as const;

/**
 * Copy diagnosis (to the clipboard) or Download diagnosis (a text file), docs/DIAGNOSIS.md.
 * Loaded with the writer when first asked for: only the two buttons are in omni-mfe's initial
 * JS. Returns what the controls then say.
 */
export function diagnose(download: boolean, source: DiagnosisSource): Promise<string> {
  const text = writeDiagnosis({ ...gatherDiagnosis(source, Date.now()), buildVersion });
  if (download) {
    save(text);
    return Promise.resolve(SAID.saved);
  }
  // Not async: the build turns an async function into a generator and its runner. A frame
  // without the clipboard (no navigator.clipboard) refuses as one whose write is denied.
  return Promise.resolve(text)
    .then((t) => navigator.clipboard.writeText(t))
    .then(
      () => SAID.copied,
      () => SAID.notCopied,
    );
}

function save(text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `omni-diagnosis-${new Date().toISOString().replace(/[:.]/g, '-')}.txt`;
  link.click();
  // The click has started the download: the object URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url));
}
