#!/usr/bin/env bash
# A throw-away Keystone (Debian's python3-keystone under uWSGI) for tests and checks, on loopback.
#   keystone-sandbox.sh start DIR PORT DB [ADMIN_PASSWORD]  configure (database DB on 127.0.0.1:5432,
#                                                          recreated), bootstrap and serve; prints nothing
#   keystone-sandbox.sh serve DIR                           (re)start the uWSGI server of DIR, wait until it answers
#   keystone-sandbox.sh stop DIR                            stop it (SIGINT: uWSGI reloads on SIGTERM)
#   keystone-sandbox.sh serve-short DIR PORT SECONDS        a second server on the same database and keys whose
#                                                           tokens expire after SECONDS (to test expired tokens)
#   keystone-sandbox.sh stop-short DIR
# Bootstrap creates the admin user, project admin, region RegionOne, roles admin > member > reader and a
# system admin role assignment; everything else (users, catalog entries) is made through the API.
set -euo pipefail
cmd=$1 dir=$2

# serve DIR PORT NAME CONFIG_FILES: uWSGI on PORT with pid file DIR/NAME.pid, waits until Keystone answers
serve() {
  local dir=$1 port=$2 name=$3 files=$4
  # Connection: close: python-requests and the openstack CLI reuse connections, which --http-socket drops.
  uwsgi --plugin python3 --http-socket "127.0.0.1:$port" --wsgi-file /usr/bin/keystone-wsgi-public \
    --processes 2 --threads 1 --master --die-on-term --add-header "Connection: close" \
    --env "OS_KEYSTONE_CONFIG_FILES=$files" --pidfile "$dir/$name.pid" \
    --daemonize2 "$dir/$name.log" >>"$dir/$name.log" 2>&1
  for _ in $(seq 1 300); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/v3/" && return 0
    sleep 0.1
  done
  echo "keystone on port $port did not answer; see $dir/uwsgi.log and $dir/keystone.log" >&2
  return 1
}

stop() {
  local pidfile=$1
  [ -f "$pidfile" ] || return 0
  local pid; pid=$(cat "$pidfile")
  kill -INT "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  rm -f "$pidfile"
}

case $cmd in
  start)
    port=$3 db=$4 password=${5:-admin-secret}
    stop "$dir/uwsgi.pid"
    mkdir -p "$dir/fernet-keys" "$dir/credential-keys"
    echo "$port" > "$dir/port"
    cat > "$dir/keystone.conf" <<CONF
[DEFAULT]
log_file = $dir/keystone.log
[database]
connection = postgresql+psycopg2://root@127.0.0.1/$db
[token]
provider = fernet
[fernet_tokens]
key_repository = $dir/fernet-keys
[credential]
key_repository = $dir/credential-keys
CONF
    psql -q -h 127.0.0.1 -U root -d postgres -c "drop database if exists $db" -c "create database $db" >/dev/null
    km="keystone-manage --config-file $dir/keystone.conf"
    $km db_sync
    $km fernet_setup --keystone-user "$(id -un)" --keystone-group "$(id -gn)"
    $km credential_setup --keystone-user "$(id -un)" --keystone-group "$(id -gn)"
    $km bootstrap --bootstrap-password "$password" --bootstrap-public-url "http://127.0.0.1:$port/v3/" \
      --bootstrap-region-id RegionOne
    serve "$dir" "$port" uwsgi "$dir/keystone.conf"
    ;;
  serve) serve "$dir" "$(cat "$dir/port")" uwsgi "$dir/keystone.conf" ;;
  stop) stop "$dir/uwsgi.pid" ;;
  serve-short)
    stop "$dir/short.pid"
    printf '[token]\nexpiration = %s\n' "$4" > "$dir/short.conf"
    serve "$dir" "$3" short "$dir/keystone.conf;$dir/short.conf"
    ;;
  stop-short) stop "$dir/short.pid" ;;
  *) echo "usage: $0 start|serve|stop DIR ..." >&2; exit 2 ;;
esac
