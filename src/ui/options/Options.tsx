import { MastodonInstances } from './MastodonInstances';

export function Options() {
  return (
    <main>
      <h1>Postguard</h1>
      <p class="lede">
        Checks your posts against your organization’s social-media policy. Everything runs in your browser.
      </p>
      <MastodonInstances />
    </main>
  );
}
