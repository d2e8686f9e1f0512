/**
 * Importing a policy file (validated before anything is stored: a bad file leaves the policy
 * in force as it was and lists each bad field), exporting the device or the effective policy
 * as JSON, and resetting to the built-in default by removing the device policy.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Policy } from '../../checker/policy/schema';
import { PolicyError } from '../../checker/policy/schema';
import { ProblemList } from '../components/ProblemList';
import { offerDownload } from '../download';
import { t } from '../i18n';
import { usePolicyFormContext } from './policy-form';

type Outcome =
  | { kind: 'imported'; file: string }
  | { kind: 'rejected'; file: string; problems: string[] }
  | { kind: 'reset' };

async function readPolicyFile(file: File): Promise<unknown> {
  const text = await file.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new PolicyError([t('options_importNotJson', (error as Error).message)]);
  }
}

/** Offers `policy` as a JSON download. */
function download(policy: Policy, fileName: string): void {
  offerDownload(`${JSON.stringify(policy, null, 2)}\n`, 'application/json', fileName);
}

export function ImportExport() {
  const form = usePolicyFormContext();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [confirming, setConfirming] = useState(false);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);

  // The question takes focus on the safe answer; answering it returns focus to the Reset button.
  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
    else if (asked.current) {
      // After a reset the button is disabled (nothing left to remove): focus goes to the import instead.
      const reset = resetButton.current;
      (reset && !reset.disabled ? reset : document.getElementById('import-policy'))?.focus();
    }
    asked.current = confirming;
  }, [confirming]);

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    try {
      await form.replace(await readPolicyFile(file));
      setOutcome({ kind: 'imported', file: file.name });
    } catch (error) {
      const problems = error instanceof PolicyError ? error.problems : [String(error)];
      setOutcome({ kind: 'rejected', file: file.name, problems });
    } finally {
      input.value = ''; // choosing the same file again imports it again
    }
  };

  const reset = async () => {
    await form.reset();
    setConfirming(false);
    setOutcome({ kind: 'reset' });
  };

  return (
    <section id="import-export" aria-labelledby="import-export-heading">
      <h2 id="import-export-heading">{t('options_importExportHeading')}</h2>
      <div class="field">
        <label for="import-policy">{t('options_importLabel')}</label>
        <p id="import-policy-help" class="help">
          {t('options_importHelp')}
        </p>
        <input
          id="import-policy"
          type="file"
          accept="application/json,.json"
          aria-describedby="import-policy-help"
          onChange={(e) => void importFile(e.currentTarget as HTMLInputElement)}
        />
      </div>
      {outcome?.kind === 'rejected' && (
        <div class="import-problems" role="alert">
          <p class="error">{t('options_importRejected', outcome.file)}</p>
          <ProblemList problems={outcome.problems} />
        </div>
      )}
      <p class="status" role="status">
        {outcome?.kind === 'imported' && t('options_imported', outcome.file)}
        {outcome?.kind === 'reset' && t('options_resetDone')}
      </p>

      <h3>{t('options_exportHeading')}</h3>
      <div class="buttons">
        <button
          type="button"
          disabled={!form.devicePolicy}
          onClick={() => form.devicePolicy && download(form.devicePolicy, 'postguard-device-policy.json')}
        >
          {t('options_exportDevice')}
        </button>
        <button type="button" onClick={() => download(form.effective, 'postguard-effective-policy.json')}>
          {t('options_exportEffective')}
        </button>
      </div>
      <p class="help">{form.managed ? t('options_exportHelpManaged') : t('options_exportHelp')}</p>

      <h3>{t('options_resetHeading')}</h3>
      {confirming ? (
        <div class="confirm" role="group" aria-labelledby="reset-question">
          <p id="reset-question">{t('options_resetQuestion')}</p>
          <div class="buttons">
            <button type="button" class="danger" onClick={() => void reset()}>
              {t('options_resetConfirm')}
            </button>
            <button type="button" onClick={() => setConfirming(false)} ref={cancelButton}>
              {t('options_resetCancel')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          class="danger"
          ref={resetButton}
          disabled={!form.hasDevicePolicy}
          onClick={() => setConfirming(true)}
        >
          {t('options_reset')}
        </button>
      )}
    </section>
  );
}
