// Amounts with their units: memory in MiB, disk in GB, CPUs as vCPU, anything else as a plain count.
(function (global) {
  const nf = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
  function scaled(value, units, base) {
    let i = 0;
    let v = value;
    while (Math.abs(v) >= base && i < units.length - 1) { v /= base; i++; }
    return nf.format(v) + ' ' + units[i];
  }
  function amount(resourceClass, value) {
    switch (resourceClass) {
      case 'MEMORY_MB': return scaled(value, ['MiB', 'GiB', 'TiB', 'PiB'], 1024);
      case 'DISK_GB': return scaled(value, ['GB', 'TB', 'PB'], 1000);
      case 'VCPU': return nf.format(value) + ' vCPU';
      case 'PCPU': return nf.format(value) + ' pCPU';
      default: return nf.format(value);
    }
  }
  function percent(part, whole) {
    if (!whole) { return part > 0 ? '100 %' : '0 %'; }
    return nf.format(100 * part / whole) + ' %';
  }
  global.Units = { amount, percent, number: v => nf.format(v) };
})(window);
