vcl 4.1;
# Varnish in front of gunicorn: caches what patients read, never what editors do.
#
# - Anonymous GET/HEAD of pages and static files are looked up in the cache. Cookies
#   are left out of the lookup (so every visitor shares one copy) but still reach the
#   app on a miss, so a form page still sees its CSRF cookie.
# - /admin/, anything with a Django session cookie, an Authorization header, or a
#   method other than GET/HEAD goes straight to the app (pass).
# - How long a response is kept is the app's call: its Cache-Control (s-maxage for
#   pages, far-future for hashed static files; private/no-store for forms) is honoured.
#   A 200 with no Cache-Control at all (search, sitemap, API) is kept DEFAULT_TTL (60s
#   below); 5xx and responses that set a cookie are never cached.
# - PURGE from this host only (Wagtail's frontend cache, FRONTEND_CACHE_LOCATION=
#   http://127.0.0.1:6081) drops every cached copy of that path, whatever its Host.
#
# Deploy: varnishd -a :80 -f /etc/varnish/default.vcl -s malloc,256m; point the
# backend below at gunicorn. The system tests (tests/system/test_varnish.py) run this
# file with the backend port replaced.

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
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "PURGE is only accepted from this host"));
        }
        # A ban on the path (Wagtail sends one PURGE per URL); lurker-friendly, see x-url.
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

sub vcl_backend_fetch {
    if (bereq.http.x-cookie) {
        set bereq.http.Cookie = bereq.http.x-cookie;
        unset bereq.http.x-cookie;
    }
}

sub vcl_backend_response {
    # Remembered on the object so a PURGE can ban by path.
    set beresp.http.x-url = bereq.url;
    if (beresp.status == 200 && !beresp.http.Cache-Control && !beresp.http.Expires
        && !beresp.http.Set-Cookie && bereq.url !~ "^/admin(/|$)") {
        # DEFAULT_TTL: pages from an app that sends no Cache-Control.
        set beresp.ttl = 60s;
    }
    if (beresp.status >= 500) {
        # Never keep an error page.
        set beresp.ttl = 0s;
        set beresp.uncacheable = true;
        return (deliver);
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
