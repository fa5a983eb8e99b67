/**
 * A small LTI 1.3 platform (an LMS) on a loopback port, speaking the real protocol: RS256 keys and
 * a JWKS endpoint, an OpenID configuration and dynamic-registration endpoint, an OIDC
 * authorisation endpoint that answers with a form-posted, signed id_token, and a deep-linking
 * return endpoint that verifies the tool's signature against the tool's JWKS.
 *
 * For the browser (e2e/tests/lti.spec.ts) it also has the pages a person sees in an LMS: a course
 * page that launches a link of the course in an iframe (`/course`), a teacher's "add an activity"
 * page that starts a deep-linking launch in an iframe (`/teacher`), and the gradebook (`/gradebook`).
 * The launch those pages start says what it is in `lti_message_hint`, which the platform reads back
 * at `/auth`, as real platforms do.
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { SignJWT, createRemoteJWKSet, exportJWK, generateKeyPair, jwtVerify, type CryptoKey, type JWK, type JWTPayload } from "jose";

interface Key {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

async function newKey(): Promise<Key> {
  const { publicKey, privateKey } = await generateKeyPair("RS256", { extractable: true });
  const kid = randomUUID();
  return { kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" } };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let s = "";
    req.on("data", (c: Buffer) => (s += c.toString()));
    req.on("end", () => resolve(s));
  });
}

export interface AuthRequest {
  client_id: string;
  redirect_uri: string;
  login_hint: string;
  lti_message_hint?: string;
  state: string;
  nonce: string;
  response_mode: string;
  response_type: string;
  scope: string;
  prompt: string;
}

/** A link in the simulated course: a resource link whose launches carry its AGS line item. */
export interface CourseLink {
  id: string;
  title: string;
  /** The Defuse page the link opens (its `defuse_path` custom parameter). */
  path: string;
  lineItemId: string;
  /** The line item's label and maximum, as the deep-linking response created it. */
  label?: string;
  scoreMaximum?: number;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function page(title: string, body: string) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)} · Simulated LMS</title></head><body><main><h1>${esc(title)}</h1>${body}</main></body></html>`;
}

const LTI = "https://purl.imsglobal.org/spec/lti/claim";

export class PlatformSimulator {
  server!: Server;
  url = "";
  key!: Key;
  /** Signs tokens but is not in the JWKS: "a key the platform does not publish". */
  rogue!: Key;
  clientId = "defuse-client-1";
  /** How many times its JWKS was fetched (a refused keyset URL must not be). */
  jwksRequests = 0;
  deploymentId = "deployment-1";
  toolJwksUrl = "";
  /** Deep-linking responses received, verified against the tool's JWKS. */
  deepLinkResponses: JWTPayload[] = [];
  registrationRequests: Record<string, unknown>[] = [];
  /** Scores received per line item, in arrival order (the gradebook). */
  scores: { lineItem: string; score: Record<string, unknown> }[] = [];
  /** The course roster its NRPS endpoint serves (NRPS 2.0 members), and how many members a page holds. */
  roster: Record<string, unknown>[] = [];
  rosterPageSize = 100;
  /** Scopes granted with each access token, so an endpoint can check the one it needs. */
  private tokenScopes = new Map<string, string>();
  /** How many of the next score posts to refuse with 503 (retry tests). */
  failScores = 0;
  private tokens = new Set<string>();
  /** Claims the next /auth answer adds or overrides. */
  nextClaims: Record<string, unknown> = {};
  /** Defuse's address as the LMS admin entered it (its login initiation is `${toolUrl}/api/lti/login`). */
  toolUrl = "";
  /** The course's links (resource links with a gradebook column) and the people the LMS knows by id. */
  links: CourseLink[] = [];
  people: Record<string, string> = {};
  courseTitle = "Contact centre induction";

  get issuer() {
    return this.url;
  }

  /** Listens on `port` (0: any free port) on 127.0.0.1. */
  async start(port = 0) {
    this.key = await newKey();
    this.rogue = await newKey();
    this.server = createServer((req, res) => void this.handle(req, res).catch((e: unknown) => this.send(res, 500, String(e))));
    await new Promise<void>((r) => this.server.listen(port, "127.0.0.1", r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  stop() {
    return new Promise<void>((r) => this.server.close(() => r()));
  }

  registration() {
    return {
      name: "Simulated LMS",
      issuer: this.issuer,
      clientId: this.clientId,
      deploymentIds: [this.deploymentId],
      jwksUrl: `${this.url}/jwks`,
      authUrl: `${this.url}/auth`,
      tokenUrl: `${this.url}/token`,
    };
  }

  /** The claims a real platform sends for a launch (resource link by default). */
  claims(auth: AuthRequest, over: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      nonce: auth.nonce,
      sub: auth.login_hint,
      name: "Robin Agent",
      email: `${auth.login_hint}@lms.example`,
      "https://purl.imsglobal.org/spec/lti/claim/message_type": "LtiResourceLinkRequest",
      "https://purl.imsglobal.org/spec/lti/claim/version": "1.3.0",
      "https://purl.imsglobal.org/spec/lti/claim/deployment_id": this.deploymentId,
      "https://purl.imsglobal.org/spec/lti/claim/target_link_uri": auth.redirect_uri,
      "https://purl.imsglobal.org/spec/lti/claim/resource_link": { id: "rl-1", title: "De-escalation practice" },
      "https://purl.imsglobal.org/spec/lti/claim/roles": ["http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"],
      "https://purl.imsglobal.org/spec/lti/claim/context": { id: "course-1", title: "Contact centre induction" },
      ...over,
    };
  }

  /** Signs an id_token as this platform would (or with `key`, e.g. the rogue one). */
  async idToken(claims: Record<string, unknown>, opts: { aud?: string | string[]; iss?: string; key?: Key; iat?: number; exp?: number } = {}) {
    const key = opts.key ?? this.key;
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT(claims)
      .setProtectedHeader({ alg: "RS256", kid: key.kid, typ: "JWT" })
      .setIssuer(opts.iss ?? this.issuer)
      .setAudience(opts.aud ?? this.clientId)
      .setIssuedAt(opts.iat ?? now)
      .setExpirationTime(opts.exp ?? now + 300)
      .sign(key.privateKey);
  }

  /** Checks an OIDC authorisation request the way a platform must before answering it. */
  checkAuthRequest(redirectUrl: string): AuthRequest {
    const u = new URL(redirectUrl);
    const q = Object.fromEntries(u.searchParams) as unknown as AuthRequest;
    if (`${u.origin}${u.pathname}` !== `${this.url}/auth`) throw new Error(`login went to ${u.origin}${u.pathname}`);
    if (q.scope !== "openid" || q.response_type !== "id_token" || q.response_mode !== "form_post" || q.prompt !== "none") throw new Error("bad OIDC parameters");
    if (q.client_id !== this.clientId || !q.nonce || !q.state || !q.redirect_uri) throw new Error("missing OIDC parameters");
    return q;
  }

  /** What a launch started from one of the browser pages is, read back from its lti_message_hint. */
  private hintedClaims(auth: AuthRequest): Record<string, unknown> {
    const hint = auth.lti_message_hint ?? "";
    const name = this.people[auth.login_hint];
    const person = name ? { name } : {};
    if (hint === "deep-link") {
      return {
        ...person,
        [`${LTI}/message_type`]: "LtiDeepLinkingRequest",
        [`${LTI}/resource_link`]: undefined,
        [`${LTI}/roles`]: ["http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"],
        "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings": {
          deep_link_return_url: `${this.url}/deep-link-return`,
          accept_types: ["ltiResourceLink"],
          accept_presentation_document_targets: ["iframe", "window"],
          accept_multiple: true,
          data: "course-1",
        },
      };
    }
    const link = this.links.find((l) => `link:${l.id}` === hint);
    if (!link) return person;
    return {
      ...person,
      [`${LTI}/resource_link`]: { id: link.id, title: link.title },
      [`${LTI}/custom`]: { defuse_path: link.path },
      "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint": {
        scope: ["https://purl.imsglobal.org/spec/lti-ags/scope/lineitem", "https://purl.imsglobal.org/spec/lti-ags/scope/score"],
        lineitems: `${this.url}/courses/course-1/lineitems`,
        lineitem: `${this.url}/lineitems/${link.lineItemId}`,
      },
    };
  }

  /** Third-party login initiation as an LMS starts it, in an iframe of its own page (LTI 1.3 § 4.1). */
  private launchFrame(title: string, sub: string, hint: string) {
    const q = new URLSearchParams({
      iss: this.issuer,
      login_hint: sub,
      target_link_uri: `${this.toolUrl}/api/lti/launch`,
      lti_message_hint: hint,
      client_id: this.clientId,
      lti_deployment_id: this.deploymentId,
    });
    return `<iframe title="${esc(title)}" src="${esc(`${this.toolUrl}/api/lti/login?${q}`)}" style="width:100%;height:80vh;border:1px solid #999"></iframe>`;
  }

  private coursePage(sub: string, linkId: string) {
    const link = this.links.find((l) => l.id === linkId);
    if (!link) return page(this.courseTitle, `<p>No such activity.</p>`);
    return page(
      this.courseTitle,
      `<p>Signed in to the LMS as ${esc(this.people[sub] ?? sub)}.</p><h2>${esc(link.title)}</h2>${this.launchFrame(`${link.title} (Defuse)`, sub, `link:${link.id}`)}<p><a href="/gradebook">Gradebook</a></p>`,
    );
  }

  private teacherPage(sub: string) {
    return page(`${this.courseTitle}: add an activity`, `<p>Signed in to the LMS as ${esc(this.people[sub] ?? sub)}.</p>${this.launchFrame("Choose an activity from Defuse", sub, "deep-link")}`);
  }

  /** The platform's answer to a verified deep-linking response: each item becomes a course link with its gradebook column. */
  private addedPage(payload: JWTPayload, kid: string) {
    const items = (payload["https://purl.imsglobal.org/spec/lti-dl/claim/content_items"] ?? []) as {
      title?: string;
      url?: string;
      custom?: { defuse_path?: string };
      lineItem?: { label?: string; scoreMaximum?: number };
    }[];
    const rows = items.map((item) => {
      const link: CourseLink = {
        id: `rl-${randomUUID()}`,
        title: item.title ?? "Untitled",
        path: item.custom?.defuse_path ?? "",
        lineItemId: randomUUID(),
        label: item.lineItem?.label,
        scoreMaximum: item.lineItem?.scoreMaximum,
      };
      this.links.push(link);
      const column = item.lineItem ? `gradebook column “${esc(item.lineItem.label ?? link.title)}”, out of ${item.lineItem.scoreMaximum}` : "no gradebook column";
      return `<li data-link="${esc(link.id)}">${esc(link.title)} (opens ${esc(link.path)}; ${column})</li>`;
    });
    return page("Activity added to the course", `<p role="status">Defuse's response was signed with its key ${esc(kid)} and verified against its published keyset.</p><ul>${rows.join("")}</ul>`);
  }

  private gradebookPage() {
    const latest = new Map<string, { lineItem: string; score: Record<string, unknown> }>();
    for (const s of this.scores) latest.set(`${s.lineItem}\u0000${String(s.score.userId)}`, s);
    const rows = [...latest.values()].map(({ lineItem, score }) => {
      const link = this.links.find((l) => l.lineItemId === lineItem);
      return `<tr><th scope="row">${esc(this.people[String(score.userId)] ?? String(score.userId))}</th><td>${esc(link?.label ?? link?.title ?? lineItem)}</td><td>${esc(`${String(score.scoreGiven)} / ${String(score.scoreMaximum)}`)}</td><td>${esc(String(score.activityProgress))}</td><td>${esc(String(score.gradingProgress))}</td></tr>`;
    });
    return page(
      `${this.courseTitle}: gradebook`,
      rows.length === 0
        ? `<p>No grades yet.</p>`
        : `<table><caption>Grades received from tools</caption><thead><tr><th scope="col">Learner</th><th scope="col">Activity</th><th scope="col">Score</th><th scope="col">Activity progress</th><th scope="col">Grading progress</th></tr></thead><tbody>${rows.join("")}</tbody></table>`,
    );
  }

  private send(res: ServerResponse, status: number, body: string, type = "text/plain") {
    res.writeHead(status, { "content-type": type });
    res.end(body);
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const u = new URL(req.url ?? "/", this.url);
    if (u.pathname === "/jwks") this.jwksRequests++;
    if (u.pathname === "/jwks") return this.send(res, 200, JSON.stringify({ keys: [this.key.publicJwk] }), "application/json");
    if (u.pathname === "/.well-known/openid-configuration") {
      return this.send(
        res,
        200,
        JSON.stringify({
          issuer: this.issuer,
          authorization_endpoint: `${this.url}/auth`,
          token_endpoint: `${this.url}/token`,
          jwks_uri: `${this.url}/jwks`,
          registration_endpoint: `${this.url}/register`,
          "https://purl.imsglobal.org/spec/lti-platform-configuration": { product_family_code: "simulator", version: "1" },
        }),
        "application/json",
      );
    }
    if (u.pathname === "/register" && req.method === "POST") {
      if (req.headers.authorization !== "Bearer reg-token-1") return this.send(res, 401, "bad registration token");
      const body = JSON.parse(await readBody(req)) as Record<string, unknown>;
      this.registrationRequests.push(body);
      this.toolJwksUrl = String(body.jwks_uri);
      return this.send(
        res,
        200,
        JSON.stringify({
          ...body,
          client_id: this.clientId,
          "https://purl.imsglobal.org/spec/lti-tool-configuration": { ...(body["https://purl.imsglobal.org/spec/lti-tool-configuration"] as object), deployment_id: this.deploymentId },
        }),
        "application/json",
      );
    }
    if (u.pathname === "/auth") {
      const auth = this.checkAuthRequest(u.toString());
      const token = await this.idToken(this.claims(auth, { ...this.hintedClaims(auth), ...this.nextClaims }));
      return this.send(
        res,
        200,
        `<!doctype html><html><body><form method="post" action="${esc(auth.redirect_uri)}"><input type="hidden" name="id_token" value="${esc(token)}"><input type="hidden" name="state" value="${esc(auth.state)}"></form><script>document.forms[0].submit()</script></body></html>`,
        "text/html",
      );
    }
    if (u.pathname === "/token" && req.method === "POST") {
      // OAuth2 client credentials with a JWT assertion signed by the tool (RFC 7523), checked against the tool's JWKS.
      const form = new URLSearchParams(await readBody(req));
      if (form.get("grant_type") !== "client_credentials" || form.get("client_assertion_type") !== "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
        return this.send(res, 400, '{"error":"invalid_request"}', "application/json");
      try {
        await jwtVerify(form.get("client_assertion") ?? "", createRemoteJWKSet(new URL(this.toolJwksUrl)), {
          issuer: this.clientId,
          subject: this.clientId,
          audience: `${this.url}/token`,
          algorithms: ["RS256"],
          requiredClaims: ["jti", "exp", "iat"],
        });
      } catch {
        return this.send(res, 401, '{"error":"invalid_client"}', "application/json");
      }
      const token = randomUUID();
      this.tokens.add(token);
      this.tokenScopes.set(token, form.get("scope") ?? "");
      return this.send(res, 200, JSON.stringify({ access_token: token, token_type: "Bearer", expires_in: 3600, scope: form.get("scope") }), "application/json");
    }
    const scoreMatch = /^\/lineitems\/([\w-]+)\/scores$/.exec(u.pathname);
    if (scoreMatch && req.method === "POST") {
      if (!this.tokens.has((req.headers.authorization ?? "").replace(/^Bearer /, ""))) return this.send(res, 401, "no token");
      if (req.headers["content-type"] !== "application/vnd.ims.lis.v1.score+json") return this.send(res, 415, "wrong media type");
      if (this.failScores > 0) {
        this.failScores--;
        return this.send(res, 503, "try later");
      }
      this.scores.push({ lineItem: scoreMatch[1]!, score: JSON.parse(await readBody(req)) as Record<string, unknown> });
      return this.send(res, 200, "");
    }
    const rosterMatch = /^\/courses\/([\w-]+)\/memberships$/.exec(u.pathname);
    if (rosterMatch && req.method === "GET") {
      // NRPS 2.0: a bearer token with the membership scope, the container media type, pages linked by rel="next".
      const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
      if (!this.tokens.has(token) || !(this.tokenScopes.get(token) ?? "").split(" ").includes("https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly"))
        return this.send(res, 401, "no token with the membership scope");
      if (!(req.headers.accept ?? "").includes("application/vnd.ims.lti-nrps.v2.membershipcontainer+json")) return this.send(res, 406, "wrong media type");
      const from = Number(u.searchParams.get("from") ?? 0);
      const page = this.roster.slice(from, from + this.rosterPageSize);
      const headers: Record<string, string> = { "content-type": "application/vnd.ims.lti-nrps.v2.membershipcontainer+json" };
      if (from + this.rosterPageSize < this.roster.length) headers.link = `<${this.url}${u.pathname}?from=${from + this.rosterPageSize}>; rel="next"`;
      res.writeHead(200, headers);
      return res.end(JSON.stringify({ id: u.toString(), context: { id: rosterMatch[1] }, members: page }));
    }
    if (u.pathname === "/deep-link-return" && req.method === "POST") {
      const form = new URLSearchParams(await readBody(req));
      const jwt = form.get("JWT") ?? "";
      const { payload, protectedHeader } = await jwtVerify(jwt, createRemoteJWKSet(new URL(this.toolJwksUrl)), { issuer: this.clientId, audience: this.issuer, algorithms: ["RS256"] });
      this.deepLinkResponses.push(payload);
      return this.send(res, 200, this.addedPage(payload, protectedHeader.kid ?? ""), "text/html");
    }
    if (u.pathname === "/course" && req.method === "GET") return this.send(res, 200, this.coursePage(u.searchParams.get("as") ?? "", u.searchParams.get("link") ?? ""), "text/html");
    if (u.pathname === "/teacher" && req.method === "GET") return this.send(res, 200, this.teacherPage(u.searchParams.get("as") ?? ""), "text/html");
    if (u.pathname === "/gradebook" && req.method === "GET") return this.send(res, 200, this.gradebookPage(), "text/html");
    this.send(res, 404, "not found");
  }
}
