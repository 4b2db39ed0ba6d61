const USERINFO_PASSWORD = /\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@]*):[^\s/?#]*@/gi;
const PASSWORD_PARAMETER = /\b(password|passwd|pwd|sslpassword)=[^\s&;'"]*/gi;

/**
 * `redactUrl` hides the credentials in every URL or connection string inside `text`:
 * `postgres://user:secret@host/db` becomes `postgres://user:***@host/db`, and `password=secret` (query
 * parameter or keyword form) becomes `password=***`. Use it on anything that may quote a `DATABASE_URL`.
 */
export function redactUrl(text: string): string {
  return text.replace(USERINFO_PASSWORD, "$1:***@").replace(PASSWORD_PARAMETER, "$1=***");
}
