/**
 * https options for the dev server (https://localhost:3000).
 * - Windows/macOS (not CI): as Microsoft's template, office-addin-dev-certs creates a development
 *   CA and a localhost certificate in ~/.office-addin-dev-certs and trusts the CA (the OS may ask
 *   once), which Excel desktop requires.
 * - Linux and CI: nothing is installed and nothing prompts (trusting a CA needs sudo there). The
 *   same certificates are reused when valid, or generated (untrusted) when missing; when even that
 *   fails, webpack-dev-server's own self-signed certificate is used. The browser must accept the
 *   certificate once (open https://localhost:3000/taskpane.html), or trust the CA with
 *   `sudo npx office-addin-dev-certs install`.
 */
const crypto = require("crypto");
const fs = require("fs");

/** True under CI (CI=true/1/yes), where nothing may prompt or change the system's trust store. */
function isCI() {
  const v = String(process.env.CI || "").toLowerCase();
  return v !== "" && v !== "false" && v !== "0";
}

/** The certificate/key pair, when both exist, match and stay valid for another day. */
function readValidPair(certPath, keyPath, caPath) {
  try {
    const cert = fs.readFileSync(certPath);
    const key = fs.readFileSync(keyPath);
    const x509 = new crypto.X509Certificate(cert);
    if (!x509.checkPrivateKey(crypto.createPrivateKey(key))) return undefined;
    if (Date.parse(x509.validTo) < Date.now() + 24 * 3600 * 1000) return undefined;
    const out = { cert, key };
    if (caPath && fs.existsSync(caPath)) out.ca = fs.readFileSync(caPath);
    return out;
  } catch {
    return undefined;
  }
}

/** The dev server's https options; undefined lets webpack-dev-server sign its own. */
async function httpsOptions(log = console.log) {
  const devCerts = require("office-addin-dev-certs");
  const desktop = (process.platform === "win32" || process.platform === "darwin") && !isCI();
  if (desktop && !process.env.ADDIN_UNTRUSTED_CERTS) return devCerts.getHttpsServerOptions();
  const d = require("office-addin-dev-certs/lib/defaults");
  let pair = readValidPair(d.localhostCertificatePath, d.localhostKeyPath, d.caCertificatePath);
  if (!pair) {
    try {
      await devCerts.generateCertificates(
        d.caCertificatePath,
        d.localhostCertificatePath,
        d.localhostKeyPath
      );
      pair = readValidPair(d.localhostCertificatePath, d.localhostKeyPath, d.caCertificatePath);
      if (pair)
        log(
          `Generated a development certificate for localhost in ${d.certificateDirectory} (not trusted by the system).`
        );
    } catch (e) {
      log(
        `Could not create development certificates (${e && e.message ? e.message.split("\n")[0] : e}); using a self-signed one.`
      );
    }
  }
  return pair;
}

module.exports = { httpsOptions, isCI };
