const MAX_LOGIN_CHARS = 39;

/**
 * `findLoginMention` returns the first `@login` mentioned in `text`, or undefined. An `@` inside an email
 * address (`jane@example.com`) is not a mention, and the login must follow GitHub's rules (letters,
 * digits and single inner hyphens, at most 39 characters), so a display name never passes for a login.
 */
export function findLoginMention(text: string): string | undefined {
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    if (at > 0 && isEmailLocalChar(text.charCodeAt(at - 1))) continue;
    let end = at + 1;
    while (end < text.length && end - at <= MAX_LOGIN_CHARS + 1 && isLoginChar(text.charCodeAt(end))) end++;
    const login = text.slice(at + 1, end);
    const next = text.charCodeAt(end);
    // A run longer than the limit is no login; neither is `@jane.doe` or `@jane_x`, while the full stop
    // ending "started by @jane." is punctuation.
    if (isLoginChar(next)) continue;
    if ((next === 46 || next === 95) && isLoginChar(text.charCodeAt(end + 1))) continue;
    if (isValidLogin(login)) return login;
  }
  return undefined;
}

/** `isValidLogin` tells whether `login` is shaped like a GitHub user login. */
export function isValidLogin(login: string): boolean {
  if (login.length === 0 || login.length > MAX_LOGIN_CHARS) return false;
  if (login.startsWith("-") || login.endsWith("-") || login.includes("--")) return false;
  for (let i = 0; i < login.length; i++) if (!isLoginChar(login.charCodeAt(i))) return false;
  return true;
}

function isLoginChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 45;
}

function isEmailLocalChar(code: number): boolean {
  // Letters, digits and . _ % + - can end an email's local part.
  return isLoginChar(code) || code === 46 || code === 95 || code === 37 || code === 43;
}
