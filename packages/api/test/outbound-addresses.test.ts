import { describe, expect, it } from "vitest";
import { addressRefusal, outboundPolicy, urlRefusal, type OutboundPolicy } from "../src/services/outbound/addressPolicy";

/**
 * Where Defuse may send a request that an organisation's admin typed in (an LRS endpoint, an LTI
 * platform's keyset or token URL). The forms below are the ones SSRF payloads use to slip an
 * internal address past a check that only looks for "127.0.0.1" or "localhost".
 */
const strict: OutboundPolicy = outboundPolicy({});
const dev: OutboundPolicy = outboundPolicy({ DEFUSE_OUTBOUND_ALLOW_HTTP: "1" });

describe("addresses Defuse refuses to connect to", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["10.0.0.5", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.20", "private"],
    ["169.254.169.254", "link-local"],
    ["100.64.0.1", "carrier-grade NAT"],
    ["100.127.255.254", "carrier-grade NAT"],
    ["0.0.0.0", "unspecified"],
    ["0.1.2.3", "unspecified"],
    ["224.0.0.251", "multicast"],
    ["239.255.255.250", "multicast"],
    ["255.255.255.255", "broadcast"],
    ["192.0.2.10", "reserved"],
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["fe80::1", "link-local"],
    ["fc00::1", "private"],
    ["fd12:3456:789a::1", "private"],
    ["ff02::1", "multicast"],
    ["fec0::1", "reserved"],
    // IPv4-mapped and IPv4-embedding IPv6: the IPv4 address inside is what gets reached.
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["::ffff:a9fe:a9fe", "link-local"],
    ["::ffff:10.0.0.1", "private"],
    ["::7f00:1", "reserved"],
    ["64:ff9b::7f00:1", "reserved"],
    ["2002:7f00:1::1", "reserved"],
    ["2001:0:4136:e378:8000:63bf:3fff:fdd2", "reserved"],
  ])("%s is refused (%s)", (ip, kind) => {
    expect(addressRefusal(ip)).toContain(kind);
  });

  it.each(["8.8.8.8", "1.1.1.1", "93.184.216.34", "172.32.0.1", "172.15.255.255", "100.128.0.1", "192.169.0.1", "2606:4700:4700::1111", "2a00:1450:4009:81f::200e"])(
    "%s, a public address, is allowed",
    (ip) => {
      expect(addressRefusal(ip)).toBeNull();
    },
  );

  it("an operator-allowed host may use private and loopback addresses, never link-local (metadata), multicast or unspecified", () => {
    expect(addressRefusal("127.0.0.1", { allowedHost: true })).toBeNull();
    expect(addressRefusal("10.1.2.3", { allowedHost: true })).toBeNull();
    expect(addressRefusal("::ffff:192.168.0.9", { allowedHost: true })).toBeNull();
    expect(addressRefusal("169.254.169.254", { allowedHost: true })).toContain("link-local");
    expect(addressRefusal("::ffff:169.254.169.254", { allowedHost: true })).toContain("link-local");
    expect(addressRefusal("0.0.0.0", { allowedHost: true })).toContain("unspecified");
    expect(addressRefusal("224.0.0.1", { allowedHost: true })).toContain("multicast");
  });

  it("something that is not an address is refused rather than waved through", () => {
    expect(addressRefusal("not-an-ip")).not.toBeNull();
    expect(addressRefusal("")).not.toBeNull();
  });
});

describe("web addresses an admin may save", () => {
  it.each([
    // decimal, hex, octal, short and percent-encoded spellings of 127.0.0.1: the URL parser normalises them all
    "https://2130706433/xapi/",
    "https://0x7f000001/xapi/",
    "https://0x7f.0.0.1/",
    "https://0177.0.0.1/",
    "https://127.1/",
    "https://127.000.000.001/",
    "https://%31%32%37.0.0.1/",
    "https://127.0.0.1./",
    "https://[::ffff:127.0.0.1]/",
    "https://[::ffff:7f00:1]:6379/",
    "https://[::1]/",
    "https://[0:0:0:0:0:ffff:a9fe:a9fe]/latest/",
    "https://169.254.169.254/latest/meta-data/",
    "https://0/",
    "https://[::]/",
    "https://10.0.0.5/xapi/",
    "https://100.100.100.200/",
  ])("%s names an internal address and is refused", (url) => {
    expect(urlRefusal(url, dev)).toMatch(/Defuse does not send to private or internal addresses/);
  });

  it.each([
    "https://localhost/xapi/",
    "https://LOCALHOST./",
    "https://lrs.localhost/",
    "https://localhost.localdomain/",
    "https://metadata.google.internal/",
    "https://printer.local/",
    "https://redis/",
    "https://lrs.home.arpa/",
  ])("%s is a name for this server or a private network and is refused", (url) => {
    expect(urlRefusal(url, dev)).toMatch(/private or internal/);
  });

  it("only https, unless the operator allows plain http; never another scheme", () => {
    expect(urlRefusal("http://lrs.example.com/xapi/", strict)).toBe("Use an https:// address.");
    expect(urlRefusal("http://lrs.example.com/xapi/", dev)).toBeNull();
    expect(urlRefusal("https://lrs.example.com/xapi/", strict)).toBeNull();
    for (const u of ["ftp://lrs.example.com/", "file:///etc/passwd", "gopher://lrs.example.com:6379/_INFO", "javascript:alert(1)", "data:text/plain,hi", "ws://lrs.example.com/"]) {
      expect(urlRefusal(u, dev), u).toMatch(/Use an https:\/\/ address|full web address/);
    }
  });

  it("no user name or password inside the address", () => {
    expect(urlRefusal("https://key:secret@lrs.example.com/xapi/", strict)).toMatch(/user name or password/);
    expect(urlRefusal("https://key@lrs.example.com/xapi/", strict)).toMatch(/user name or password/);
  });

  it("something that is not a web address gets the plain message", () => {
    expect(urlRefusal("lrs.example.com/xapi", strict)).toMatch(/full web address/);
    expect(urlRefusal("https://", strict)).toMatch(/full web address/);
    expect(urlRefusal("", strict)).toMatch(/full web address/);
  });

  it("the message names what was typed, so the admin knows what to fix", () => {
    expect(urlRefusal("https://127.0.0.1:6379/", dev)).toMatch(/127\.0\.0\.1 is a loopback address/);
    expect(urlRefusal("https://2130706433/", dev)).toMatch(/2130706433 \(127\.0\.0\.1\) is a loopback address/);
  });

  it("hosts the operator allows by exact name (an on-premises LRS, the test suite's fake platform) pass; nothing else does", () => {
    const onPrem = outboundPolicy({ DEFUSE_OUTBOUND_ALLOW_HTTP: "1", DEFUSE_OUTBOUND_ALLOW_HOSTS: "lrs.corp.internal 127.0.0.1" });
    expect(urlRefusal("http://lrs.corp.internal/xapi/", onPrem)).toBeNull();
    expect(urlRefusal("http://LRS.CORP.INTERNAL./xapi/", onPrem)).toBeNull();
    expect(urlRefusal("https://127.0.0.1/xapi/", onPrem)).toBeNull();
    expect(urlRefusal("http://evil.lrs.corp.internal/", onPrem)).not.toBeNull();
    expect(urlRefusal("http://127.0.0.2/", onPrem)).not.toBeNull();
    expect(urlRefusal("http://2130706433/", onPrem), "another spelling of an allowed address is that address").toBeNull();
    expect(urlRefusal("http://169.254.169.254/", outboundPolicy({ DEFUSE_OUTBOUND_ALLOW_HTTP: "1", DEFUSE_OUTBOUND_ALLOW_HOSTS: "169.254.169.254" }))).toMatch(/link-local/);
  });

  it("public names and addresses pass", () => {
    for (const u of ["https://lrs.example.com/xapi/", "https://cloud.scorm.com/lrs/ABC/", "https://8.8.8.8/", "https://[2606:4700:4700::1111]/", "https://moodle.example.edu/mod/lti/certs.php"]) {
      expect(urlRefusal(u, strict), u).toBeNull();
    }
  });
});

describe("the operator's settings", () => {
  it("default to https only and no private hosts", () => {
    const p = outboundPolicy({});
    expect(p.allowHttp).toBe(false);
    expect(p.allowedHosts.size).toBe(0);
    expect(urlRefusal("https://lrs.example.com:8443/", p)).not.toBeNull();
  });

  it("DEFUSE_OUTBOUND_ALLOW_HTTP and DEFUSE_OUTBOUND_ALLOW_HOSTS (comma or space separated, any case) widen them", () => {
    const p = outboundPolicy({ DEFUSE_OUTBOUND_ALLOW_HTTP: "1", DEFUSE_OUTBOUND_ALLOW_HOSTS: " LRS.corp.internal, 127.0.0.1  [::1] " });
    expect(p.allowHttp).toBe(true);
    expect([...p.allowedHosts].sort()).toEqual(["127.0.0.1", "::1", "lrs.corp.internal"]);
    expect(outboundPolicy({ DEFUSE_OUTBOUND_ALLOW_HTTP: "0" }).allowHttp).toBe(false);
    expect(outboundPolicy({ DEFUSE_OUTBOUND_ALLOW_HTTP: "true" }).allowHttp).toBe(true);
  });
});

describe("ports (issue 16): a tenant's address reaches only the standard web ports unless the operator names more", () => {
  // Without this an admin could aim Defuse at any service of a public host it may reach (SSH on 22,
  // SMTP on 25, Elasticsearch on 9200, Redis on 6379) and read the answers in Test connection.
  it("https reaches 443 only, and plain http (when allowed) 80 too", () => {
    expect(urlRefusal("https://lrs.example.com/xapi/", strict)).toBeNull();
    expect(urlRefusal("https://lrs.example.com:443/xapi/", strict)).toBeNull();
    for (const port of [22, 25, 80, 5432, 6379, 8080, 8443, 9200, 11211, 65535]) {
      expect(urlRefusal(`https://lrs.example.com:${port}/xapi/`, strict), String(port)).toMatch(new RegExp(`port ${port}\\b`));
    }
    expect(urlRefusal("https://8.8.8.8:22/", strict)).toMatch(/port 22\b/);
    expect(urlRefusal("https://[2606:4700:4700::1111]:6379/", strict)).toMatch(/port 6379\b/);
    expect(urlRefusal("http://lrs.example.com/xapi/", dev)).toBeNull();
    expect(urlRefusal("http://lrs.example.com:80/xapi/", dev)).toBeNull();
    expect(urlRefusal("http://lrs.example.com:8080/xapi/", dev)).toMatch(/port 8080\b/);
  });

  it("the refusal names host and port and says who can allow it, never the path or query", () => {
    const m = urlRefusal("https://lrs.example.com:8443/xapi/statements?token=s3cret", strict)!;
    expect(m).toMatch(/lrs\.example\.com:8443/);
    expect(m).toMatch(/443/);
    expect(m).toMatch(/ask whoever runs Defuse/);
    expect(m).not.toMatch(/s3cret|statements|xapi/);
  });

  it("DEFUSE_OUTBOUND_ALLOW_PORTS lets more ports through for every host, as single ports or ranges; nonsense is ignored", () => {
    const p = outboundPolicy({ DEFUSE_OUTBOUND_ALLOW_PORTS: "8443, 9000-9010 abc 70000 0 -5" });
    expect(urlRefusal("https://lrs.example.com:8443/", p)).toBeNull();
    expect(urlRefusal("https://lrs.example.com:9000/", p)).toBeNull();
    expect(urlRefusal("https://lrs.example.com:9010/", p)).toBeNull();
    expect(urlRefusal("https://lrs.example.com:9011/", p)).toMatch(/port 9011\b/);
    expect(urlRefusal("https://lrs.example.com:8080/", p)).toMatch(/port 8080\b/);
    expect(urlRefusal("https://lrs.example.com:5/", p)).toMatch(/port 5\b/);
  });

  it("host:port in DEFUSE_OUTBOUND_ALLOW_HOSTS allows that port of that host only", () => {
    const p = outboundPolicy({ DEFUSE_OUTBOUND_ALLOW_HTTP: "1", DEFUSE_OUTBOUND_ALLOW_HOSTS: "LRS.corp.internal:8443, 127.0.0.1:8080 [::1]:9000, moodle.example.edu:8443" });
    expect(urlRefusal("https://lrs.corp.internal:8443/", p)).toBeNull();
    expect(urlRefusal("https://lrs.corp.internal/", p), "the host itself is allowed, on the standard port too").toBeNull();
    expect(urlRefusal("https://lrs.corp.internal:8444/", p)).toMatch(/port 8444\b/);
    expect(urlRefusal("http://127.0.0.1:8080/", p)).toBeNull();
    expect(urlRefusal("http://2130706433:8080/", p), "another spelling of the same address").toBeNull();
    expect(urlRefusal("http://127.0.0.1:6379/", p)).toMatch(/port 6379\b/);
    expect(urlRefusal("http://[::1]:9000/", p)).toBeNull();
    expect(urlRefusal("https://moodle.example.edu:8443/", p)).toBeNull();
    expect(urlRefusal("https://other.example.edu:8443/", p)).toMatch(/port 8443\b/);
    expect(urlRefusal("http://127.0.0.2:8080/", p)).toMatch(/private or internal/);
  });

  it("an allowed port does not make an internal address reachable", () => {
    const p = outboundPolicy({ DEFUSE_OUTBOUND_ALLOW_HTTP: "1", DEFUSE_OUTBOUND_ALLOW_PORTS: "6379" });
    expect(urlRefusal("http://127.0.0.1:6379/", p)).toMatch(/private or internal/);
    expect(urlRefusal("http://localhost:6379/", p)).toMatch(/private or internal/);
  });
});
