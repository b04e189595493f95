import { base64Forms, REDACTED, Redactor } from '../../../src/core/report/redact';

const TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a';

function redactor(...secrets: string[]): Redactor {
  const r = new Redactor();
  for (const s of secrets) r.add(s);
  return r;
}

const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('Redactor', () => {
  test('the plain token, wherever it stands, whatever surrounds it', () => {
    const r = redactor(TOKEN);
    expect(r.redact(`token ${TOKEN}.`)).toBe(`token ${REDACTED}.`);
    expect(r.redact(`a"${TOKEN}"b`)).toBe(`a"${REDACTED}"b`);
    expect(r.redact(`url https://x-access-token:${TOKEN}@github.com/o/r`)).not.toContain(TOKEN.slice(4, 20));
  });

  test('base64 of the token behind any prefix: all three alignments, as actions/checkout writes it', () => {
    const r = redactor(TOKEN);
    for (const prefix of ['', ':', 'a:', 'x-access-token:', 'user:', 'ab', 'pat:']) {
      const encoded = b64(`${prefix}${TOKEN}`);
      const out = r.redact(`extraheader = AUTHORIZATION: basic ${encoded}`);
      expect({ prefix, out }).toEqual({ prefix, out: `extraheader = AUTHORIZATION: basic ${REDACTED}` });
    }
  });

  test('URL-safe base64 and a trailing suffix', () => {
    const r = redactor(TOKEN);
    const urlSafe = b64(`x-access-token:${TOKEN}\n`).replace(/\+/g, '-').replace(/\//g, '_');
    expect(r.redact(`v=${urlSafe};`)).toBe(`v=${REDACTED};`);
  });

  test('a piece of the token or of its base64 (a quote cut with …) is redacted with its whole run', () => {
    const r = redactor(TOKEN);
    expect(r.redact(`name "${TOKEN.slice(0, 16)}…"`)).toBe(`name "${REDACTED}…"`);
    const encoded = b64(`x-access-token:${TOKEN}`);
    expect(r.redact(`basic ${encoded.slice(0, 40)}…`)).toBe(`basic ${REDACTED}…`);
  });

  test('Markdown escaping (`_` as `\\_`) does not hide the token', () => {
    const r = redactor(TOKEN);
    expect(r.redact(`- **schema** ${TOKEN.replace(/_/g, '\\_')} is not a name`)).toBe(`- **schema** ${REDACTED} is not a name`);
  });

  test('JSON stays JSON: escapes next to a redacted run are kept', () => {
    const r = redactor(TOKEN);
    const json = JSON.stringify({ message: `"${TOKEN}"\n${b64(`x:${TOKEN}`)}\\\u001b${TOKEN.slice(2)}` });
    const out = r.redact(json);
    expect(JSON.parse(out)).toEqual({ message: `"${REDACTED}"\n${REDACTED}\\\u001b${REDACTED}` });
  });

  test('ordinary text is left alone; short secrets are not looked for in pieces', () => {
    const r = redactor(TOKEN, 'abc');
    const text = 'ship-prod raises its budget from $400 to $750/month: 222222222222 aws+ship-prod@acme.com dGVzdA== abc';
    expect(r.redact(text)).toBe(text);
    expect(new Redactor().redact(TOKEN)).toBe(TOKEN);
  });

  test('several secrets, each in every form', () => {
    const other = 'ghp_APPROVALStoken0123456789abcdefABCDEFG';
    const r = redactor(TOKEN, other);
    expect(r.redact(`${b64(`u:${other}`)} ${TOKEN} ${b64(other)}`)).toBe(`${REDACTED} ${REDACTED} ${REDACTED}`);
  });
});

test('base64Forms: the three aligned encodings, standard and URL-safe', () => {
  const forms = base64Forms('abcdefgh');
  expect(forms).toEqual(expect.arrayContaining([b64('abcdef'), b64('bcdefg'), b64('cdefgh')]));
  for (const prefix of ['', 'x', 'xy']) {
    const encoded = b64(`${prefix}abcdefgh`);
    expect(forms.some((f) => encoded.includes(f))).toBe(true);
  }
});
