import time, urllib.request, statistics, json, sys
B = "http://127.0.0.1:8794"
H = {"X-Auth-Token": "admin", "OpenStack-API-Version": "placement latest", "Accept": "application/json"}
A1, A101, P5 = "8a8bb7cd-343a-a2ad-99b7-d762030857a2", "eb659277-b792-5b05-9be2-1d6b6b8706f2", "ed92eff8-13a0-2a31-a267-7be0563a0739"
queries = {
  "all filters combined": f"member_of=f74dd50c-fec0-f854-9406-fee6191d2f8d&member_of=!{A101}&required=in:HW_CPU_X86_AVX,HW_CPU_X86_SSE&required=!STORAGE_DISK_SSD&resources=VCPU:8,MEMORY_MB:1024&in_tree={P5}",
  "member_of + required + resources (no in_tree)": f"member_of={A1}&required=HW_CPU_X86_AVX2,!STORAGE_DISK_SSD&resources=VCPU:16,DISK_GB:100",
  "resources only (broad)": "resources=VCPU:40",
  "required only": "required=HW_NIC_SRIOV,HW_CPU_X86_VMX",
}
for name, q in queries.items():
    times = []
    for i in range(120):
        t = time.perf_counter()
        with urllib.request.urlopen(urllib.request.Request(f"{B}/resource_providers?{q}", headers=H)) as r:
            n = len(json.load(r)["resource_providers"])
        if i >= 20: times.append((time.perf_counter() - t) * 1000)
    times.sort()
    print(f"{name}: {n} providers, median {statistics.median(times):.1f} ms, p95 {times[int(len(times)*.95)]:.1f} ms")
