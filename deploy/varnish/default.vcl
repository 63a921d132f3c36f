vcl 4.1;
# Varnish in front of gunicorn: caches what patients read, never what editors do.
#
# Deployment (one that no client can poison):
#
#   patients --HTTPS--> TLS terminator (nginx, hitch, load balancer) --> -a tls=127.0.0.1:6081
#   patients --HTTP:80-------------------------------------------------> -a plain=:80
#
#   varnishd -a tls=127.0.0.1:6081 -a plain=:80 -f /etc/varnish/default.vcl -s malloc,256m
#
# - The scheme comes from the listener, never from the client: a request accepted on
#   the "tls" listener was HTTPS, anything else (the "plain" listener, or an unnamed
#   one) was plain HTTP. X-Forwarded-Proto is overwritten with that before anything
#   else, so a crafted header changes nothing, and the scheme is part of the cache
#   key: a plain-HTTP answer (e.g. SECURE_SSL_REDIRECT's 301 to https://) is never
#   served to an HTTPS visitor. Only the TLS terminator may reach the "tls" listener:
#   keep it on loopback (or a private address the firewall opens to the load balancer
#   alone). Plain HTTP goes to the app, which redirects it to HTTPS.
# - Anonymous GET/HEAD of pages and static files are looked up in the cache. Cookies
#   are left out of the lookup (so every visitor shares one copy) but still reach the
#   app on a miss, so a form page still sees its CSRF cookie.
# - /admin/, anything with a Django session cookie, an Authorization header, or a
#   method other than GET/HEAD goes straight to the app (pass).
# - How long a response is kept is the app's call: its Cache-Control (s-maxage for
#   pages, far-future for hashed static files; private/no-store for forms) is honoured.
#   A 200 with no Cache-Control at all (search, sitemap, API) is kept DEFAULT_TTL (60s
#   below). Any other status (redirects, 404, 400 for a bad Host, the login redirect of
#   a private page) is kept only if its Cache-Control gives a max-age or s-maxage; 5xx
#   and responses that set a cookie are never kept.
# - PURGE needs both an address in the purgers ACL and the shared secret in its
#   X-Purge-Token header: a proxy on this host that forwards PURGE cannot empty the
#   cache. The secret lives in /etc/varnish/purge-token (32+ characters, e.g.
#   `openssl rand -hex 32 > /etc/varnish/purge-token`, readable by varnishd only), not
#   in this file; it is read once per loaded VCL. The app sends it from
#   FRONTEND_CACHE_PURGE_TOKEN (page_cache.backends), to FRONTEND_CACHE_LOCATION=
#   http://127.0.0.1:6081. Without the file every PURGE is refused.
#
# Point the backend below at gunicorn. The system tests (tests/system/test_varnish.py)
# run this file with the backend port and the purge-token path replaced.

import std;

backend default {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
}

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (local.socket == "tls") {
        set req.http.X-Forwarded-Proto = "https";
    } else {
        set req.http.X-Forwarded-Proto = "http";
    }
    if (req.method == "PURGE") {
        # At least 32 characters: an empty or missing token file matches nothing.
        if (client.ip !~ purgers || req.http.X-Purge-Token !~ "^.{32,}$"
            || req.http.X-Purge-Token
               != regsub(std.fileread("/etc/varnish/purge-token"), "\s+$", "")) {
            return (synth(403, "PURGE needs this host and the purge token"));
        }
        # A ban on the path, for both schemes (Wagtail sends one PURGE per URL);
        # lurker-friendly, see x-url.
        ban("obj.http.x-url == " + req.url);
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/admin(/|$)" || req.http.Authorization) {
        return (pass);
    }
    if (req.http.Cookie ~ "(^|;\s*)sessionid=") {
        # Editors (and anyone logged in) always see the live app.
        return (pass);
    }
    if (req.http.Cookie) {
        # Keep the cookies for the app, out of the lookup (the app's Vary: Cookie).
        set req.http.x-cookie = req.http.Cookie;
        unset req.http.Cookie;
    }
    return (hash);
}

sub vcl_hash {
    # One copy per scheme; then the built-in key (URL and Host).
    hash_data(req.http.X-Forwarded-Proto);
}

sub vcl_backend_fetch {
    if (bereq.http.x-cookie) {
        set bereq.http.Cookie = bereq.http.x-cookie;
        unset bereq.http.x-cookie;
    }
}

sub vcl_backend_response {
    # Remembered on the object so a PURGE can ban by path.
    set beresp.http.x-url = bereq.url;
    if (beresp.status >= 500 || (beresp.status != 200
        && beresp.http.Cache-Control !~ "(^|[,\s])(s-maxage|max-age)\s*=")) {
        # Never keep an error page, nor a redirect or other non-200 answer the app did
        # not give a lifetime. Hit-for-miss for a few seconds: the next request goes to
        # the app (uncoalesced), and a cacheable answer from it is stored as usual.
        set beresp.ttl = 5s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    if (beresp.status == 200 && !beresp.http.Cache-Control && !beresp.http.Expires
        && !beresp.http.Set-Cookie && bereq.url !~ "^/admin(/|$)") {
        # DEFAULT_TTL: pages from an app that sends no Cache-Control.
        set beresp.ttl = 60s;
    }
    # Serve a just-expired copy for a short while when the app is slow to answer.
    set beresp.grace = 30s;
    # Falls through to Varnish's built-in rules: private/no-store/no-cache, Set-Cookie
    # and Vary: * make a response uncacheable (hit-for-miss).
}

sub vcl_deliver {
    unset resp.http.x-url;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}

# Compression (issue 12). Text is stored gzipped, whether or not the app compressed it
# (Varnish asks the app for gzip; an app without GZipMiddleware answers plain and is
# compressed here). Varnish gunzips for the rare client that does not accept gzip. One
# stored object per URL and scheme, so a PURGE (a ban on x-url) empties it for both.
# Varnish runs same-named subroutines one after the other: this follows the one above.
sub vcl_backend_response {
    if (!beresp.http.Content-Encoding && beresp.http.Content-Type ~
        "^(text/|application/(javascript|json|xml|manifest\+json)|image/svg\+xml)") {
        set beresp.do_gzip = true;
    }
}
