import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Test-only certificates, made fresh by openssl for each test run and thrown away after. */
export interface TestCertificates {
  /** The test certificate authority, to trust in the fetcher. */
  ca: string;
  /** For good.test and *.good.test, signed by the test CA. */
  good: { key: string; cert: string };
  /** For expired.test, signed by the test CA, valid only in January 2020. */
  expired: { key: string; cert: string };
  /** For selfsigned.test, signed by itself. */
  selfSigned: { key: string; cert: string };
}

/** Whether openssl can be run here (the TLS tests are skipped without it). */
export function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

/** Makes a CA, a good leaf, an expired leaf and a self-signed certificate in a temporary folder. */
export function makeCertificates(): TestCertificates {
  const dir = mkdtempSync(join(tmpdir(), 'whrd-certs-'));
  const ssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  try {
    ssl('req', '-x509', ...EC, '-keyout', 'ca.key', '-out', 'ca.crt', '-subj', '/CN=WHRD test CA', '-days', '3650', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign');
    writeFileSync(join(dir, 'leaf.ext'), 'subjectAltName=DNS:good.test,DNS:*.good.test\nbasicConstraints=CA:FALSE\n');
    ssl('req', ...EC, '-keyout', 'good.key', '-out', 'good.csr', '-subj', '/CN=good.test');
    ssl('x509', '-req', '-in', 'good.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'good.crt', '-days', '3650', '-extfile', 'leaf.ext');
    // `openssl ca` is the one command of OpenSSL 3.0 that can set dates in the past.
    writeFileSync(join(dir, 'ca.cnf'), '[ca]\ndefault_ca=test\n[test]\ndatabase=index.txt\nnew_certs_dir=.\nserial=serial\ndefault_md=sha256\npolicy=any\ncopy_extensions=copy\nunique_subject=no\n[any]\ncommonName=supplied\n');
    writeFileSync(join(dir, 'index.txt'), '');
    writeFileSync(join(dir, 'serial'), '1000\n');
    ssl('req', ...EC, '-keyout', 'expired.key', '-out', 'expired.csr', '-subj', '/CN=expired.test', '-addext', 'subjectAltName=DNS:expired.test');
    ssl('ca', '-batch', '-config', 'ca.cnf', '-cert', 'ca.crt', '-keyfile', 'ca.key', '-in', 'expired.csr', '-out', 'expired.crt', '-startdate', '20200101000000Z', '-enddate', '20200131000000Z', '-notext');
    ssl('req', '-x509', ...EC, '-keyout', 'self.key', '-out', 'self.crt', '-subj', '/CN=selfsigned.test', '-days', '3650', '-addext', 'subjectAltName=DNS:selfsigned.test');
    return {
      ca: read('ca.crt'),
      good: { key: read('good.key'), cert: read('good.crt') },
      expired: { key: read('expired.key'), cert: read('expired.crt') },
      selfSigned: { key: read('self.key'), cert: read('self.crt') },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
