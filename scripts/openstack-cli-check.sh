#!/usr/bin/env bash
# The real openstack CLI (python3-openstackclient + python3-osc-placement) against the ledger through Keystone:
# registers the ledger as the "placement" service in Keystone's catalog, then, with password authentication as
# Keystone's admin, creates a resource provider and lists it, as an operator would.
#   openstack-cli-check.sh KEYSTONE_V3_URL LEDGER_URL ADMIN_PASSWORD [PROVIDER_NAME]
# Exits 0 when the provider created through the CLI is in the CLI's list.
set -euo pipefail
export OS_AUTH_URL=$1 OS_PASSWORD=$3
ledger=$2 name=${4:-cli-check-$RANDOM}
export OS_USERNAME=admin OS_PROJECT_NAME=admin OS_USER_DOMAIN_ID=default OS_PROJECT_DOMAIN_ID=default
export OS_IDENTITY_API_VERSION=3 OS_REGION_NAME=RegionOne OS_INTERFACE=public OS_PLACEMENT_API_VERSION=1.39

if ! openstack endpoint list --service placement -f value -c URL 2>/dev/null | grep -qx "$ledger"; then
  openstack service show placement >/dev/null 2>&1 || openstack service create --name placement placement >/dev/null
  openstack endpoint create --region RegionOne placement public "$ledger" >/dev/null
fi
uuid=$(openstack resource provider create "$name" -f value -c uuid)
openstack resource provider list -f value -c uuid -c name | grep -q "^$uuid $name$" \
  || { echo "provider $name ($uuid) not listed" >&2; exit 1; }
echo "$uuid"
