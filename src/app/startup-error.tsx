import viCommon from '../i18n/locales/vi/common.json';
import enCommon from '../i18n/locales/en/common.json';

type StartupKey = keyof typeof viCommon.startup;

function fill(template: string, detail: string): string {
  return template.replace('{{detail}}', detail);
}

/**
 * Shown when the app cannot start (no config, bad config, mock failed). No i18n instance or router
 * exists yet, so it says it in both languages, as plain text.
 */
export function StartupError({ kind, detail }: { kind: StartupKey; detail: string }) {
  return (
    <main className="startup-error" role="alert">
      <section lang="vi">
        <h1>{viCommon.startup.title}</h1>
        <p>{fill(viCommon.startup[kind], detail)}</p>
        <p>{viCommon.startup.help}</p>
      </section>
      <section lang="en">
        <h2>{enCommon.startup.title}</h2>
        <p>{fill(enCommon.startup[kind], detail)}</p>
        <p>{enCommon.startup.help}</p>
      </section>
    </main>
  );
}
