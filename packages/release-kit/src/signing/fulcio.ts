// Fulcio's certificate extensions that name the repository whose CI run asked for a certificate,
// and the check that binds a signature to that repository.
//
// sigstore-js hands over each extension's raw value but decodes only the issuer, so the two
// repository extensions are read here (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md).

/** Source Repository URI (`https://github.com/OWNER/REPO`), a DER UTF8String: what current Fulcio writes. */
export const OID_SOURCE_REPOSITORY_URI = '1.3.6.1.4.1.57264.1.12';
/** GitHub Workflow Repository (`OWNER/REPO`), raw bytes: deprecated, still written, and what cosign's flag checks. */
export const OID_GITHUB_WORKFLOW_REPOSITORY = '1.3.6.1.4.1.57264.1.5';

/** An extension as sigstore-js reports a signer's: the OID's arcs and the extension's value bytes. */
export interface CertificateExtensionValue {
  oid?: { id: number[] };
  value: Uint8Array;
}

/** The repository the certificate names, in either or both extensions. */
export interface CertificateRepository {
  /** From the Source Repository URI extension. */
  uri?: string;
  /** From the legacy GitHub Workflow Repository extension. */
  name?: string;
}

/** What a keyless signature must have been made for: OWNER/REPO on a GitHub server. */
export interface RepositoryBinding {
  /** `OWNER/REPO` */
  repository: string;
  /** `https://github.com` or a GitHub Enterprise Server URL. */
  serverUrl: string;
}

/** Read both repository extensions from a signer's extension list. */
export function certificateRepository(
  extensions: readonly CertificateExtensionValue[] | undefined,
): CertificateRepository {
  const find = (oid: string) => extensions?.find((e) => e.oid?.id.join('.') === oid)?.value;
  const uri = find(OID_SOURCE_REPOSITORY_URI);
  const name = find(OID_GITHUB_WORKFLOW_REPOSITORY);
  return {
    ...(uri ? { uri: derUtf8String(Buffer.from(uri)) } : {}),
    ...(name ? { name: Buffer.from(name).toString('utf8') } : {}),
  };
}

/** The one repository the certificate names, for messages: the URI's `OWNER/REPO` when it has one. */
export function describeCertificateRepository(found: CertificateRepository, serverUrl: string): string | undefined {
  if (found.uri !== undefined) {
    const prefix = `${serverUrl.replace(/\/+$/, '')}/`;
    return found.uri.toLowerCase().startsWith(prefix.toLowerCase()) ? found.uri.slice(prefix.length) : found.uri;
  }
  return found.name;
}

/**
 * Why the certificate is not bound to `binding`, or undefined when it is. Every repository extension
 * present must name the repository (GitHub names compare case-insensitively); at least one must be
 * there: a certificate that names no repository cannot be tied to one.
 */
export function repositoryBindingProblem(found: CertificateRepository, binding: RepositoryBinding): string | undefined {
  if (found.uri === undefined && found.name === undefined)
    return `certificate names no source repository (no Source Repository URI extension ${OID_SOURCE_REPOSITORY_URI} nor GitHub Workflow Repository ${OID_GITHUB_WORKFLOW_REPOSITORY}), so it cannot be tied to ${binding.repository}`;
  const expectedUri = `${binding.serverUrl.replace(/\/+$/, '')}/${binding.repository}`;
  if (found.uri !== undefined && found.uri.toLowerCase() !== expectedUri.toLowerCase())
    return `certificate source repository is ${found.uri}, not ${binding.repository} (a run of another repository signed it)`;
  if (found.name !== undefined && found.name.toLowerCase() !== binding.repository.toLowerCase())
    return `certificate source repository is ${found.name}, not ${binding.repository} (a run of another repository signed it)`;
  return undefined;
}

/**
 * A DER UTF8String's text (tag 0x0c, short or long length). Anything else yields the bytes as
 * text, which then simply fails the comparison.
 */
function derUtf8String(der: Buffer): string {
  if (der.length < 2 || der[0] !== 0x0c) return der.toString('utf8');
  let length = der[1];
  let offset = 2;
  if (length & 0x80) {
    const bytes = length & 0x7f;
    if (bytes === 0 || bytes > 4 || der.length < 2 + bytes) return der.toString('utf8');
    length = der.subarray(2, 2 + bytes).reduce((n, b) => n * 256 + b, 0);
    offset = 2 + bytes;
  }
  return der.subarray(offset, offset + length).toString('utf8');
}
