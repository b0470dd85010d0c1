import { spawnSync } from "node:child_process";
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

/** The processes (one pid or several) and all their descendants: Next may run work in child processes. */
function processTree(rootPids) {
  const children = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const ppid = Number(readStatus(entry).match(/^PPid:\s+(\d+)/m)?.[1]);
    if (!children.has(ppid)) children.set(ppid, []);
    children.get(ppid).push(Number(entry));
  }
  const tree = [rootPids].flat();
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]) ?? []));
  return tree;
}

/**
 * Polls the summed VmRSS of a process tree (or of several: all the servers of one run); `stop()` returns the peak seen, and the summed
 * VmHWM (each process's own peak), which also catches spikes between two polls.
 * `takePeakMb()` returns the peak since its previous call, to tell which row grew the server.
 */
export function startRssMonitor(rootPids) {
  let peakKb = 0;
  let hwmKb = 0;
  let windowPeakKb = 0;
  const poll = () => {
    let rss = 0;
    let hwm = 0;
    for (const pid of processTree(rootPids)) {
      const status = readStatus(pid);
      rss += statusKb(status, "VmRSS");
      hwm += statusKb(status, "VmHWM");
    }
    peakKb = Math.max(peakKb, rss);
    windowPeakKb = Math.max(windowPeakKb, rss);
    hwmKb = Math.max(hwmKb, hwm);
  };
  poll();
  const timer = setInterval(poll, POLL_MS);
  return {
    takePeakMb() {
      poll();
      const peak = windowPeakKb;
      windowPeakKb = 0;
      return peak / 1024;
    },
    stop() {
      clearInterval(timer);
      poll();
      return { peakRssMb: peakKb / 1024, peakHwmMb: hwmKb / 1024 };
    },
  };
}

const CLOCK_TICKS = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout) || 100;

/**
 * CPU seconds (user + system) the server's process tree (or several servers' trees) has used so far. Per request, this is
 * what a route costs, and unlike req/s it hardly moves when other work shares the machine.
 */
export function cpuSeconds(rootPids) {
  let ticks = 0;
  for (const pid of processTree(rootPids)) {
    try {
      // Fields after the command name, which may itself hold spaces: utime and stime are 14 and 15.
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ").at(-1).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // ended meanwhile
    }
  }
  return ticks / CLOCK_TICKS;
}
