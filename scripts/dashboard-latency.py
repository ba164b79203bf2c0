#!/usr/bin/env python3
# Dashboard query latency while W1-like claims run against an already seeded ledger (see docs/benchmarks.md).
import json, random, statistics, sys, threading, time, urllib.request, uuid
BASE = sys.argv[1]; SECONDS = int(sys.argv[2]); SCHEDULERS = int(sys.argv[3]); READERS = int(sys.argv[4])
H = {"X-Auth-Token": "admin", "Accept": "application/json", "OpenStack-API-Version": "placement 1.28",
     "Content-Type": "application/json"}
def call(method, path, body=None):
    req = urllib.request.Request(BASE + path, method=method, headers=H,
                                 data=None if body is None else json.dumps(body).encode())
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()
providers = [p["uuid"] for p in json.loads(call("GET", "/resource_providers")[1])["resource_providers"]]
ROUTES = ["/ledger/dashboard/classes", "/ledger/dashboard/aggregates?limit=50", "/ledger/dashboard/roots?limit=50",
          "/ledger/dashboard/usages/projects?limit=50", "/ledger/dashboard/usages/users?limit=50",
          "/ledger/dashboard/providers/fullest?resource_class=VCPU&limit=10",
          "/ledger/dashboard/providers/hottest?minutes=10&limit=10",
          "/ledger/dashboard/series?resource_class=VCPU&bucket=minute&buckets=60",
          "/ledger/dashboard/series?resource_class=VCPU&bucket=hour&buckets=48"]
lat = {r: [] for r in ROUTES}; bad = []; claims = [0]; lock = threading.Lock()
end = time.time() + SECONDS
def scheduler(i):
    held = []
    while time.time() < end:
        c = str(uuid.uuid4())
        s, _ = call("PUT", "/allocations/" + c, {"allocations": {random.choice(providers): {"resources":
              {"VCPU": 2, "MEMORY_MB": 4096, "DISK_GB": 40}}}, "project_id": "p%d" % random.randrange(10),
              "user_id": "u%d" % i, "consumer_generation": None})
        if s == 204:
            held.append(c)
            with lock: claims[0] += 1
        if len(held) > 16:
            call("DELETE", "/allocations/" + held.pop(0))
def reader():
    while time.time() < end:
        for r in ROUTES:
            t = time.perf_counter(); s, _ = call("GET", r); d = (time.perf_counter() - t) * 1000
            with lock:
                lat[r].append(d)
                if s != 200: bad.append((r, s))
ts = [threading.Thread(target=scheduler, args=(i,)) for i in range(SCHEDULERS)] + \
     [threading.Thread(target=reader) for _ in range(READERS)]
start = time.time(); [t.start() for t in ts]; [t.join() for t in ts]; took = time.time() - start
print("providers %d, claims/s meanwhile %.1f, non-200 answers %d" % (len(providers), claims[0] / took, len(bad)))
allv = []
for r in ROUTES:
    v = sorted(lat[r]); allv += v
    print("| `GET %s` | %d | %.1f | %.1f |" % (r, len(v), v[len(v) // 2], v[int(len(v) * 0.95)]))
allv.sort(); print("| every route | %d | %.1f | %.1f |" % (len(allv), allv[len(allv) // 2], allv[int(len(allv) * 0.95)]))
