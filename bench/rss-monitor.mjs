import { readdirSync, readFileSync } from "node:fs";

const POLL_MS = 250;

function readStatus(pid) {
  try {
    return readFileSync(`/proc/${pid}/status`, "utf8");
  } catch {
    return ""; // the process ended between listing and reading
  }
}

function statusKb(status, field) {
  const match = status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"));
  return match ? Number(match[1]) : 0;
}

/** The process and all its descendants: Next may run work in child processes. */
function processTree(rootPid) {
  const children = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const ppid = Number(readStatus(entry).match(/^PPid:\s+(\d+)/m)?.[1]);
    if (!children.has(ppid)) children.set(ppid, []);
    children.get(ppid).push(Number(entry));
  }
  const tree = [rootPid];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]) ?? []));
  return tree;
}

/**
 * Polls the summed VmRSS of a process tree; `stop()` returns the peak seen, and the summed
 * VmHWM (each process's own peak), which also catches spikes between two polls.
 */
export function startRssMonitor(rootPid) {
  let peakKb = 0;
  let hwmKb = 0;
  const poll = () => {
    let rss = 0;
    let hwm = 0;
    for (const pid of processTree(rootPid)) {
      const status = readStatus(pid);
      rss += statusKb(status, "VmRSS");
      hwm += statusKb(status, "VmHWM");
    }
    peakKb = Math.max(peakKb, rss);
    hwmKb = Math.max(hwmKb, hwm);
  };
  poll();
  const timer = setInterval(poll, POLL_MS);
  return {
    stop() {
      clearInterval(timer);
      poll();
      return { peakRssMb: peakKb / 1024, peakHwmMb: hwmKb / 1024 };
    },
  };
}
