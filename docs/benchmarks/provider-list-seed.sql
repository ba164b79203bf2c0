-- 10,000 providers (2,000 trees of 5) straight into the read model, for a query-time measurement only.
INSERT INTO resource_providers (uuid, stream_id, incarnation, name, generation, parent_uuid, root_uuid, created_at, updated_at)
SELECT md5('p' || i)::uuid, md5('p' || i), 1, 'cn-' || i, 0,
       CASE WHEN i % 5 = 0 THEN NULL ELSE md5('p' || (i - i % 5))::uuid END,
       md5('p' || (i - i % 5))::uuid, now(), now()
FROM generate_series(0, 9999) i;
INSERT INTO inventories SELECT md5('p' || i)::uuid, rc, t, 0, 1, t, 1, 1.0
FROM generate_series(0, 9999) i, (VALUES ('VCPU', 64), ('MEMORY_MB', 131072), ('DISK_GB', 2000)) v(rc, t);
INSERT INTO provider_traits SELECT DISTINCT md5('p' || i)::uuid, (ARRAY['HW_CPU_X86_AVX2','HW_CPU_X86_SSE','STORAGE_DISK_SSD',
  'HW_CPU_X86_AVX','COMPUTE_VOLUME_MULTI_ATTACH','HW_NIC_SRIOV','HW_CPU_X86_VMX','CUSTOM_X'])[1 + (i * k) % 7]
FROM generate_series(0, 9999) i, generate_series(1, 4) k;
INSERT INTO provider_aggregates SELECT md5('p' || i)::uuid, md5('a' || (i % 100))::uuid, 0 FROM generate_series(0, 9999) i;
INSERT INTO provider_aggregates SELECT md5('p' || i)::uuid, md5('a' || (100 + i % 37))::uuid, 1 FROM generate_series(0, 9999) i;
INSERT INTO allocations SELECT md5('c' || i || '-' || k)::uuid, md5('p' || i)::uuid, 'VCPU', 8 FROM generate_series(0, 9999) i, generate_series(1, 1 + i % 7) k;
ANALYZE;
