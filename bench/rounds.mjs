const MEDIAN_FIELDS = ["rps", "p50Ms", "p99Ms", "serverCpuMsPerRequest", "databaseCpuMsPerRequest", "clientCpuMsPerRequest", "durationS"];

function median(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * One row per scenario from the rounds it was measured in: the median of each figure, so one
 * noisy spell on a shared machine does not decide a row; errors and requests are summed and the
 * peak RSS is the highest seen. Rows keep the order in which their scenario was first measured.
 */
export function mergeRounds(rows) {
  const byKey = new Map();
  for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row]);
  return [...byKey.values()].map((samples) => {
    if (samples.length === 1) return samples[0];
    const merged = { ...samples[0], rounds: samples.length, rpsSamples: samples.map((s) => s.rps) };
    for (const field of MEDIAN_FIELDS) merged[field] = median(samples.map((s) => s[field]));
    merged.requests = samples.reduce((sum, s) => sum + s.requests, 0);
    merged.errors = samples.reduce((sum, s) => sum + s.errors, 0);
    merged.peakRssMb = Math.max(...samples.map((s) => s.peakRssMb));
    return merged;
  });
}
