#!/usr/bin/env bash
# Serves the /support/ build (target/dist-support) with nginx on 127.0.0.1:4180, as the
# deployment guide's server block does (scripts/hosts.mjs nginx), with brotli when the module is
# installed and /support/api/ passed to the contract server. Runs in the foreground: the
# end-to-end run starts and stops it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PORT="${NGINX_PORT:-4180}"
RUN="${TMPDIR:-/tmp}/psd-nginx-$PORT"
rm -rf "$RUN"
[ -f "$ROOT/target/dist-support/index.html" ] || { echo "build target/dist-support first (scripts/build-for-tests.sh)" >&2; exit 1; }

mkdir -p "$RUN/www" "$RUN/tmp"
cp -r "$ROOT/target/dist-support" "$RUN/www/support"
chmod -R a+rX "$RUN"

brotli=()
module=/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so
load=""
if [ -f "$module" ]; then
  load="load_module $module;"
  brotli=(--brotli)
fi
node "$ROOT/scripts/hosts.mjs" nginx --root "$RUN/www" --public-url /support/ \
  --listen "127.0.0.1:$PORT" --api-upstream "${API_UPSTREAM:-http://127.0.0.1:4010}" "${brotli[@]}" >"$RUN/psd.conf"

cat >"$RUN/nginx.conf" <<CONF
$load
worker_processes 1;
pid $RUN/nginx.pid;
error_log $RUN/error.log warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log $RUN/access.log;
    client_body_temp_path $RUN/tmp/body;
    proxy_temp_path $RUN/tmp/proxy;
    fastcgi_temp_path $RUN/tmp/fastcgi;
    uwsgi_temp_path $RUN/tmp/uwsgi;
    scgi_temp_path $RUN/tmp/scgi;
    include $RUN/psd.conf;
}
CONF
/usr/sbin/nginx -t -p "$RUN" -c "$RUN/nginx.conf" -q
exec /usr/sbin/nginx -p "$RUN" -c "$RUN/nginx.conf" -g 'daemon off;'
