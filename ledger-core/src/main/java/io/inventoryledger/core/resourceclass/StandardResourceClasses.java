package io.inventoryledger.core.resourceclass;

import java.util.List;
import java.util.Set;

/** The standard resource classes of Placement 8.0.0 (os-resource-classes), in its order. */
public final class StandardResourceClasses {
    public static final List<String> NAMES = List.of(
            "VCPU",
            "MEMORY_MB",
            "DISK_GB",
            "PCI_DEVICE",
            "SRIOV_NET_VF",
            "NUMA_SOCKET",
            "NUMA_CORE",
            "NUMA_THREAD",
            "NUMA_MEMORY_MB",
            "IPV4_ADDRESS",
            "VGPU",
            "VGPU_DISPLAY_HEAD",
            "NET_BW_EGR_KILOBIT_PER_SEC",
            "NET_BW_IGR_KILOBIT_PER_SEC",
            "PCPU",
            "MEM_ENCRYPTION_CONTEXT",
            "FPGA",
            "PGPU",
            "NET_PACKET_RATE_KILOPACKET_PER_SEC",
            "NET_PACKET_RATE_EGR_KILOPACKET_PER_SEC",
            "NET_PACKET_RATE_IGR_KILOPACKET_PER_SEC");

    private static final Set<String> LOOKUP = Set.copyOf(NAMES);

    private StandardResourceClasses() {}

    public static boolean isStandard(String name) {
        return LOOKUP.contains(name);
    }
}
